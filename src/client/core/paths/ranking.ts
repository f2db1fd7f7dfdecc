// The order routes are offered in: shortest first (the API's order), directly stated first (routes with fewer
// inferred hops, those whose relationship carries a note), or specific first (routes whose busiest stop is the least
// connected: a route through a hub that touches everything says less than one through people and products).
import type { GraphPath } from "../../../shared/index.ts";

export type RouteOrder = "shortest" | "stated" | "specific";

export const ROUTE_ORDERS: ReadonlyArray<{ id: RouteOrder; label: string }> = [
  { id: "shortest", label: "Shortest first" },
  { id: "stated", label: "Directly stated first" },
  { id: "specific", label: "Avoiding hubs first" },
];

/** Hops that are the graph's inference rather than the source's statement (their relationship has a note). */
export function inferredHops(path: GraphPath): number {
  return path.hops.filter((hop) => {
    const note = hop.relationship.properties.note;
    return typeof note === "string" && note.trim() !== "";
  }).length;
}

/** The most connected stop between the two ends (0 for a direct link). */
export function busiestStop(path: GraphPath, degree: (key: string) => number): number {
  return Math.max(0, ...path.nodes.slice(1, -1).map(degree));
}

/** Indexes into `paths`, in the order to offer them; ties keep the API's order (shortest first). */
export function rankRoutes(paths: readonly GraphPath[], order: RouteOrder, degree: (key: string) => number): number[] {
  const key = (path: GraphPath): number[] =>
    order === "stated"
      ? [inferredHops(path), path.length]
      : order === "specific"
        ? [busiestStop(path, degree), path.length]
        : [];
  const keys = paths.map(key);
  return paths
    .map((_, index) => index)
    .sort((a, b) => {
      const ka = keys[a]!;
      const kb = keys[b]!;
      for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! - kb[i]!;
      return a - b;
    });
}

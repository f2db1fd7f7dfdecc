// A route with a "through" stop: the k shortest paths of two legs (from → via, via → to) joined into one answer,
// so any graph gets it from the existing paths endpoint; routes that would visit a node twice are left out.
import type { GraphPath, PathsResponse } from "../../../shared/index.ts";

/** Routes offered at most, as the endpoint's default k. */
export const MAX_THROUGH_ROUTES = 10;

function joinPaths(first: GraphPath, second: GraphPath): GraphPath | null {
  const nodes = [...first.nodes, ...second.nodes.slice(1)];
  if (new Set(nodes).size !== nodes.length) return null;
  return { length: first.length + second.length, nodes, hops: [...first.hops, ...second.hops] };
}

/** Shortest joined routes first; ties keep the legs' own order (the first leg's rank, then the second's). */
export function joinLegs(first: PathsResponse, second: PathsResponse, k = MAX_THROUGH_ROUTES): PathsResponse {
  const joined: GraphPath[] = [];
  for (const a of first.paths)
    for (const b of second.paths) {
      const path = joinPaths(a, b);
      if (path) joined.push(path);
    }
  const paths = joined
    .map((path, index) => ({ path, index }))
    .sort((x, y) => x.path.length - y.path.length || x.index - y.index)
    .slice(0, k)
    .map(({ path }) => path);
  const byId = <T extends { id: string }>(items: readonly T[]) => [
    ...new Map(items.map((item) => [item.id, item])).values(),
  ];
  return {
    ...first,
    nodes: byId([...first.nodes, ...second.nodes]),
    relationships: byId([...first.relationships, ...second.relationships]),
    paths,
    from: first.from,
    to: second.to,
    direction: first.direction === "both" || second.direction === "both" ? "both" : "out",
    // Either leg cut short at the server's time budget makes the joined routes a partial list too.
    ...(first.truncated || second.truncated ? { truncated: (first.truncated ?? second.truncated)! } : {}),
  };
}

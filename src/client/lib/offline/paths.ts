// k shortest distinct routes between two nodes in the snapshot, with the API's direction rule and fallback.
import type { GraphPath, PathsQuery, PathsResponse, WireRelationship } from "../../../shared/index.ts";
import type { OfflineIndex } from "./types.ts";
import { findNode, otherEnd } from "./snapshot-index.ts";

/** Breadth-first over simple routes, so shorter routes come first; the budget bounds work on dense graphs. */
function routes(
  index: OfflineIndex,
  from: string,
  to: string,
  maxHops: number,
  k: number,
  directed: boolean,
  budget = 200_000,
): WireRelationship[][] {
  const found: WireRelationship[][] = [];
  const seen = new Set<string>();
  let frontier: { at: string; hops: WireRelationship[]; visited: Set<string> }[] = [
    { at: from, hops: [], visited: new Set([from]) },
  ];
  for (let depth = 0; depth < maxHops && frontier.length && found.length < k; depth++) {
    const next: typeof frontier = [];
    for (const { at, hops, visited } of frontier) {
      for (const r of index.incident.get(at) ?? []) {
        if (--budget < 0) return found;
        if (directed && r.start !== at) continue;
        const other = otherEnd(r, at);
        if (visited.has(other)) continue;
        const path = [...hops, r];
        if (other === to) {
          // Parallel relationships between the same nodes count as one route, as on the server.
          const key = nodesOf(path, from).join(">");
          if (!seen.has(key) && found.length < k) {
            seen.add(key);
            found.push(path);
          }
        } else next.push({ at: other, hops: path, visited: new Set([...visited, other]) });
      }
    }
    frontier = next;
  }
  return found;
}

function nodesOf(hops: WireRelationship[], from: string): string[] {
  const ids = [from];
  for (const r of hops) ids.push(otherEnd(r, ids[ids.length - 1]!));
  return ids;
}

export function paths(index: OfflineIndex, q: PathsQuery): PathsResponse {
  const from = findNode(index, q.from);
  const to = findNode(index, q.to);
  let direction = q.direction;
  let found = routes(index, from.id, to.id, q.maxHops, q.k, direction === "out");
  if (!found.length && direction === "out") {
    direction = "both";
    found = routes(index, from.id, to.id, q.maxHops, q.k, false);
  }
  const list: GraphPath[] = found.map((hops) => {
    const ids = nodesOf(hops, from.id);
    return {
      length: hops.length,
      nodes: ids,
      hops: hops.map((relationship, i) => ({ from: ids[i]!, to: ids[i + 1]!, relationship })),
    };
  });
  const nodeIds = new Set(list.flatMap((p) => p.nodes));
  const rels = new Map(found.flat().map((r) => [r.id, r]));
  return {
    direction,
    from,
    to,
    paths: list,
    nodes: [...nodeIds].map((id) => index.byId.get(id)!),
    relationships: [...rels.values()],
    summary: { resultAvailableAfterMs: 0, capped: false, timedOut: false, rowCount: list.length },
  };
}

// The k shortest paths between two entities, each hop with its relationship and quote.
import type { Neo4jRecord, Path } from "../db/driver-types.ts";
import type { GraphPath, PathsQuery, PathsResponse, WireNode, WireRelationship } from "../../shared/index.ts";
import { nodeToWire, relationshipToWire } from "../db/to-wire.ts";
import { readRecords, type ReadContext } from "../db/read.ts";
import { kShortestPaths } from "../queries/explore.ts";
import { findNode } from "./node-detail.ts";

/**
 * The first k paths through distinct node sequences that visit no node twice: Neo4j's SHORTEST matches trails (no
 * relationship twice), which may pass a node twice; nobody reads such a detour as a route.
 */
function distinctRoutes(records: readonly Neo4jRecord[], k: number): Neo4jRecord[] {
  const seen = new Set<string>();
  return records
    .filter((r) => {
      const path = r.get("p") as Path;
      const nodes = [path.start.elementId, ...path.segments.map((s) => s.end.elementId)];
      const route = nodes.join(">");
      if (seen.has(route) || new Set(nodes).size < nodes.length) return false;
      seen.add(route);
      return true;
    })
    .slice(0, k);
}

export async function paths(ctx: ReadContext, q: PathsQuery): Promise<PathsResponse> {
  const t0 = performance.now();
  const [from, to] = await Promise.all([findNode(ctx, q.from), findNode(ctx, q.to)]);
  // Parallel relationships (FOUNDED and INFLUENCES between the same two nodes) can fill k with one route; then ask
  // for more and keep k distinct routes. Asking for more up front costs seconds around hubs (BENCHMARKS.md).
  const find = async (directed: boolean) => {
    const run = (k: number) =>
      readRecords(ctx, kShortestPaths(q.maxHops, k, directed), { from: from.elementId, to: to.elementId });
    const first = await run(q.k);
    const routes = distinctRoutes(first, q.k);
    return routes.length < q.k && first.length === q.k
      ? distinctRoutes(await run(Math.min(q.k * 5, 100)), q.k)
      : routes;
  };
  let direction = q.direction;
  let distinct = await find(direction === "out");
  if (!distinct.length && direction === "out") {
    direction = "both";
    distinct = await find(false);
  }
  const nodes = new Map<string, WireNode>();
  const relationships = new Map<string, WireRelationship>();
  const found: GraphPath[] = distinct.map((record) => {
    const path = record.get("p") as Path;
    const ids = [path.start.elementId];
    nodes.set(path.start.elementId, nodeToWire(path.start));
    const hops = path.segments.map((s) => {
      const relationship = relationshipToWire(s.relationship);
      nodes.set(s.end.elementId, nodeToWire(s.end));
      relationships.set(relationship.id, relationship);
      ids.push(s.end.elementId);
      return { from: s.start.elementId, to: s.end.elementId, relationship };
    });
    return { length: path.length, nodes: ids, hops };
  });
  return {
    direction,
    from: nodeToWire(from),
    to: nodeToWire(to),
    paths: found,
    nodes: [...nodes.values()],
    relationships: [...relationships.values()],
    summary: {
      resultAvailableAfterMs: Math.round(performance.now() - t0),
      capped: false,
      timedOut: false,
      rowCount: found.length,
    },
  };
}

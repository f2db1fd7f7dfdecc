// The k shortest paths between two entities, each hop with its relationship and quote.
import type { Path } from "neo4j-driver";
import type { GraphPath, PathsQuery, PathsResponse, WireNode, WireRelationship } from "../../shared/index.ts";
import { nodeToWire, relationshipToWire } from "../db/to-wire.ts";
import { readRecords, type ReadContext } from "../db/read.ts";
import { kShortestPaths } from "../queries/cypher.ts";
import { findNode } from "./node-detail.ts";

export async function paths(ctx: ReadContext, q: PathsQuery): Promise<PathsResponse> {
  const t0 = performance.now();
  const [from, to] = await Promise.all([findNode(ctx, q.from), findNode(ctx, q.to)]);
  // Parallel relationships (FOUNDED and INFLUENCES between the same two nodes) would fill k with one route;
  // ask for more and keep k distinct routes through distinct node sequences.
  const find = (directed: boolean) => readRecords(ctx, kShortestPaths(q.maxHops, Math.min(q.k * 5, 100), directed), { from: from.elementId, to: to.elementId });
  let direction = q.direction;
  let records = await find(direction === "out");
  if (!records.length && direction === "out") {
    direction = "both";
    records = await find(false);
  }
  const seen = new Set<string>();
  const distinct = records.filter((r) => {
    const route = (r.get("p") as Path).segments.map((s) => s.end.elementId).join(">");
    return seen.has(route) ? false : (seen.add(route), true);
  }).slice(0, q.k);
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
    summary: { resultAvailableAfterMs: Math.round(performance.now() - t0), capped: false, timedOut: false, rowCount: found.length },
  };
}

// The whole entity graph (capped) as one wire payload, for the explorer's first view.
import type { Node, Relationship } from "../db/driver-types.ts";
import type { GraphPayload } from "../../shared/index.ts";
import { nodeToWire, relationshipToWire } from "../db/to-wire.ts";
import { int, readRecords, type ReadContext } from "../db/read.ts";
import { GRAPH_NODES, GRAPH_RELATIONSHIPS } from "../queries/explore.ts";

export async function wholeGraph(ctx: ReadContext, limit: number): Promise<GraphPayload> {
  const t0 = performance.now();
  const nodeRecords = await readRecords(ctx, GRAPH_NODES, { limit: int(limit + 1) });
  const nodes = nodeRecords.slice(0, limit).map((r) => nodeToWire(r.get("n") as Node));
  const ids = new Set(nodes.map((n) => n.id));
  const relRecords = await readRecords(ctx, GRAPH_RELATIONSHIPS, { limit: int(limit * 4 + 1) });
  const relationships = relRecords
    .map((r) => relationshipToWire(r.get("r") as Relationship))
    .filter((r) => ids.has(r.start) && ids.has(r.end));
  return {
    nodes,
    relationships,
    summary: {
      resultAvailableAfterMs: Math.round(performance.now() - t0),
      capped: nodeRecords.length > limit || relRecords.length > limit * 4,
      timedOut: false,
      rowCount: nodes.length + relationships.length,
    },
  };
}

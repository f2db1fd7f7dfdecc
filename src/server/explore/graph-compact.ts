// The first view in the compact form, encoded straight from the database's columns in one pass (no JSON form between).
import type { Neo4jRecord } from "../db/driver-types.ts";
import type { CompactGraph } from "../../shared/index.ts";
import { CompactGraphEncoder, toCompactGraph } from "../../shared/index.ts";
import { toJson } from "../db/to-wire.ts";
import { int, readRecords, type ReadContext } from "../db/read.ts";
import { GRAPH_NODE_COLUMNS, graphRelationshipColumns, type FirstViewOrder } from "../queries/explore.ts";
import { anyGraph, entityCount, FIRST_VIEW_NODES } from "./graph.ts";

/** The answer wholeGraph gives (for the same order), read back from this form: the same nodes, relationships, summary. */
export async function wholeGraphCompact(
  ctx: ReadContext,
  limit: number,
  order: FirstViewOrder = "internal id",
): Promise<CompactGraph> {
  const t0 = performance.now();
  const entities = await entityCount(ctx);
  if (entities > 0) return entityGraphCompact(ctx, limit, entities, order, t0);
  // Any other graph's first view is at most FIRST_VIEW_NODES nodes: small enough to encode from the JSON form.
  return toCompactGraph(await anyGraph(ctx, Math.min(limit, FIRST_VIEW_NODES), t0));
}

async function entityGraphCompact(
  ctx: ReadContext,
  limit: number,
  entities: number,
  order: FirstViewOrder,
  t0: number,
): Promise<CompactGraph> {
  const relLimit = limit * 4;
  const readNodes = () => readRecords(ctx, GRAPH_NODE_COLUMNS, { limit: int(limit) });
  const readRelationships = (ids: string[] | null) =>
    readRecords(ctx, graphRelationshipColumns(order), { limit: int(relLimit + 1), ids });
  let nodeRecords: Neo4jRecord[];
  let relRecords: Neo4jRecord[];
  const nodesCapped = entities > limit;
  if (nodesCapped) {
    // Only the relationships among the chosen nodes leave the database, so their ids go first.
    nodeRecords = await readNodes();
    relRecords = await readRelationships(nodeRecords.map((r) => r.get("id") as string));
  } else {
    // Every entity is a node, so every relationship between entities is among them: both queries at once.
    [nodeRecords, relRecords] = await Promise.all([readNodes(), readRelationships(null)]);
  }
  const encoder = new CompactGraphEncoder(toJson);
  for (const record of nodeRecords) {
    encoder.node(
      record.get("id") as string,
      record.get("labels") as string[],
      record.get("properties") as Record<string, unknown>,
    );
  }
  for (const record of relRecords) {
    encoder.relationship(
      record.get("id") as string,
      record.get("type") as string,
      record.get("start") as string,
      record.get("end") as string,
      record.get("properties") as Record<string, unknown>,
    );
  }
  return encoder.finish({
    resultAvailableAfterMs: Math.round(performance.now() - t0),
    capped: nodesCapped || relRecords.length > relLimit,
    timedOut: false,
    rowCount: nodeRecords.length + relRecords.length,
  });
}

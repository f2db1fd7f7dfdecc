// One node with its degree by type, its relationships (with quotes) and the sources they cite.
import type { Integer, Node, Relationship } from "../db/driver-types.ts";
import { isElementId, type NodeDetail, type NodeRelationship } from "../../shared/index.ts";
import { intToJson, nodeToWire, relationshipToWire } from "../db/to-wire.ts";
import { int, readRecords, type ReadContext } from "../db/read.ts";
import { NODE_DEGREE, NODE_DETAIL, NODE_RELATIONSHIPS, SOURCES_BY_ID } from "../queries/explore.ts";
import { resolveNode } from "./resolve-node.ts";
import { NotFoundError } from "../errors.ts";

/** An element id, a slug or a name in any language (explore/resolve-node.ts). */
export const findNode = resolveNode;

const toRelationship = (r: { outgoing: unknown; r: unknown; m: unknown }): NodeRelationship => ({
  direction: r.outgoing ? "out" : "in",
  relationship: relationshipToWire(r.r as Relationship),
  other: nodeToWire(r.m as Node),
});

const toDegree = (rows: { type: unknown; count: unknown }[]) =>
  Object.fromEntries(rows.map((r) => [r.type as string, Number(intToJson(r.count as Integer))]));

/** The one query (queries/explore.ts NODE_DETAIL) for a node found by element id or slug; null when neither matched. */
async function detailInOneQuery(
  ctx: ReadContext,
  match: { elementId: string | null; id: string | null },
  relationshipLimit: number,
): Promise<NodeDetail | null> {
  const [record] = await readRecords(ctx, NODE_DETAIL, { ...match, limit: int(relationshipLimit) });
  if (!record) return null;
  return {
    node: nodeToWire(record.get("n") as Node),
    degree: toDegree(record.get("degree") as { type: unknown; count: unknown }[]),
    relationships: (record.get("relationships") as { outgoing: unknown; r: unknown; m: unknown }[]).map(toRelationship),
    sources: (record.get("sources") as Node[]).map(nodeToWire),
  };
}

/**
 * A node by element id or slug (what the page links to) in one Neo4j round trip. Other ids and names go through the
 * resolver first (explore/resolve-node.ts: any label's `id`, then names), then the same one query by element id.
 */
export async function nodeDetail(ctx: ReadContext, id: string, relationshipLimit: number): Promise<NodeDetail> {
  const direct = await detailInOneQuery(ctx, { elementId: isElementId(id) ? id : null, id }, relationshipLimit);
  if (direct) return direct;
  const node = await findNode(ctx, id);
  const detail = await detailInOneQuery(ctx, { elementId: node.elementId, id: null }, relationshipLimit);
  // Deleted between the two reads.
  if (!detail)
    throw new NotFoundError(`No node ${JSON.stringify(id)}: it was deleted while it was being read.`, { id });
  return detail;
}

/**
 * The old way, kept for the benchmark (`nodeDetailInSteps` option): four queries in three sequential round trips
 * (resolve; degree and relationships side by side; sources).
 */
export async function nodeDetailInSteps(ctx: ReadContext, id: string, relationshipLimit: number): Promise<NodeDetail> {
  const node = await findNode(ctx, id);
  const elementId = node.elementId;
  const [degreeRecords, relRecords] = await Promise.all([
    readRecords(ctx, NODE_DEGREE, { elementId }),
    readRecords(ctx, NODE_RELATIONSHIPS, { elementId, limit: int(relationshipLimit) }),
  ]);
  const degree = toDegree(degreeRecords.map((r) => ({ type: r.get("type"), count: r.get("count") })));
  const relationships = relRecords.map((r) =>
    toRelationship({ outgoing: r.get("outgoing"), r: r.get("r"), m: r.get("m") }),
  );
  const sourceIds = [
    ...new Set(
      relationships.map((r) => r.relationship.properties.source).filter((s): s is string => typeof s === "string"),
    ),
  ];
  const sourceRecords = sourceIds.length ? await readRecords(ctx, SOURCES_BY_ID, { ids: sourceIds }) : [];
  return {
    node: nodeToWire(node),
    degree,
    relationships,
    sources: sourceRecords.map((r) => nodeToWire(r.get("s") as Node)),
  };
}

// One node with its degree by type, its relationships (with quotes) and the sources they cite.
import type { Node, Relationship } from "../db/driver-types.ts";
import type { NodeDetail, NodeRelationship } from "../../shared/index.ts";
import { intToJson, nodeToWire, relationshipToWire } from "../db/to-wire.ts";
import { int, readRecords, type ReadContext } from "../db/read.ts";
import { NODE_DEGREE, NODE_RELATIONSHIPS, SOURCES_BY_ID } from "../queries/explore.ts";
import { resolveNode } from "./resolve-node.ts";

/** An element id, a slug or a name in any language (explore/resolve-node.ts). */
export const findNode = resolveNode;

export async function nodeDetail(ctx: ReadContext, id: string, relationshipLimit: number): Promise<NodeDetail> {
  const node = await findNode(ctx, id);
  const elementId = node.elementId;
  const [degreeRecords, relRecords] = await Promise.all([
    readRecords(ctx, NODE_DEGREE, { elementId }),
    readRecords(ctx, NODE_RELATIONSHIPS, { elementId, limit: int(relationshipLimit) }),
  ]);
  const degree = Object.fromEntries(
    degreeRecords.map((r) => [r.get("type") as string, Number(intToJson(r.get("count")))]),
  );
  const relationships: NodeRelationship[] = relRecords.map((r) => ({
    direction: r.get("outgoing") ? "out" : "in",
    relationship: relationshipToWire(r.get("r") as Relationship),
    other: nodeToWire(r.get("m") as Node),
  }));
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

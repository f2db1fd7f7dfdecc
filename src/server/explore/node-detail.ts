// One node with its degree by type, its relationships (with quotes) and the sources they cite.
import type { Node, Relationship } from "../db/driver-types.ts";
import { isElementId, type NodeDetail, type NodeRelationship } from "../../shared/index.ts";
import { NotFoundError } from "../errors.ts";
import { intToJson, nodeToWire, relationshipToWire } from "../db/to-wire.ts";
import { int, readRecords, type ReadContext } from "../db/read.ts";
import {
  NODE_BY_ELEMENT_ID,
  NODE_BY_SLUG,
  NODE_DEGREE,
  NODE_RELATIONSHIPS,
  SOURCES_BY_ID,
} from "../queries/explore.ts";

export async function findNode(ctx: ReadContext, id: string): Promise<Node> {
  const records = await readRecords(ctx, isElementId(id) ? NODE_BY_ELEMENT_ID : NODE_BY_SLUG, { id });
  const node = records[0]?.get("n") as Node | undefined;
  if (!node) throw new NotFoundError(`No node with id '${id}'`, { id });
  return node;
}

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

// A node's details from the snapshot, in the same shape as GET /api/nodes/{id}.
import type { NodeDetail, NodeRelationship } from "../../../shared/index.ts";
import type { OfflineIndex } from "./types.ts";
import { findNode, otherEnd } from "./snapshot-index.ts";

export function nodeDetail(index: OfflineIndex, id: string): NodeDetail {
  const node = findNode(index, id);
  const rels = index.incident.get(node.id) ?? [];
  const degree: Record<string, number> = {};
  for (const r of rels) degree[r.type] = (degree[r.type] ?? 0) + 1;
  const relationships: NodeRelationship[] = rels.map((relationship) => ({
    direction: relationship.start === node.id ? "out" : "in",
    relationship,
    other: index.byId.get(otherEnd(relationship, node.id))!,
  }));
  const cited = new Set(rels.map((r) => r.properties.source).filter((s): s is string => typeof s === "string"));
  return {
    node,
    degree,
    relationships,
    sources: [...cited].flatMap((s) => (index.sources.has(s) ? [index.sources.get(s)!] : [])),
  };
}

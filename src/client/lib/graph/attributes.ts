// Attributes of data-graph nodes and edges made from wire nodes and relationships, and lookups by key or slug.
import {
  displayName,
  namesOf,
  primaryLabel,
  slugOf,
  type WireNode,
  type WireRelationship,
} from "../../../shared/index.ts";
import { colorForCategory, nodeSize } from "../appearance/index.ts";
import type { EdgeAttributes, ExplorerGraph, NodeAttributes } from "./types.ts";

const EDGE_SIZE = 2;

export function nodeAttributes(node: WireNode): NodeAttributes {
  const names = namesOf(node.properties);
  const slug = slugOf(node);
  const category = primaryLabel(node.labels);
  return {
    x: 0,
    y: 0,
    size: nodeSize(0),
    color: colorForCategory(category),
    label: displayName(names, "en", slug, node.id),
    category,
    labels: [...node.labels],
    names,
    slug,
    degree: 0,
    properties: node.properties,
  };
}

export function edgeAttributes(rel: WireRelationship, edgeColor: string): EdgeAttributes {
  return { relType: rel.type, label: rel.type, size: EDGE_SIZE, color: edgeColor, properties: rel.properties };
}

/** Resolves a slug or an elementId to the graph key, so tests and links can use either. */
export function findNodeKey(graph: ExplorerGraph, idOrSlug: string): string | null {
  if (graph.hasNode(idOrSlug)) return idOrSlug;
  return graph.findNode((_, attrs) => attrs.slug === idOrSlug) ?? null;
}

export function toWireNode(graph: ExplorerGraph, key: string): WireNode {
  const attrs = graph.getNodeAttributes(key);
  return { id: key, labels: [...attrs.labels], properties: attrs.properties };
}

// Attributes of data-graph nodes and edges made from wire nodes and relationships, and lookups by key or slug.
import {
  displayName,
  namesOf,
  primaryLabel,
  slugOf,
  styledLabel,
  type Perspective,
  type WireNode,
  type WireRelationship,
} from "../../../shared/index.ts";
import { nodeCaption, nodeColor, nodeSize } from "../appearance/index.ts";
import type { EdgeAttributes, ExplorerGraph, NodeAttributes } from "./types.ts";

const EDGE_SIZE = 2;

/**
 * The perspective, when loaded, gives the caption and colour of the labels it styles (the article's own file gives
 * the same names and colours as without it); the reducers apply later changes, so the data graph stays as built.
 */
export function nodeAttributes(node: WireNode, perspective: Perspective | null = null): NodeAttributes {
  const names = namesOf(node.properties);
  const slug = slugOf(node);
  const category = primaryLabel(node.labels);
  const styled = perspective !== null && styledLabel(node.labels, perspective) !== null;
  return {
    x: 0,
    y: 0,
    size: nodeSize(0),
    color: nodeColor(node.labels, perspective),
    label: styled ? nodeCaption(node, perspective, "en") : displayName(names, "en", slug, node.id),
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

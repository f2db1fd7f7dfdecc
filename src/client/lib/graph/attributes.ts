// Turns a validated GraphPayload into the graphology data graph (positions are filled by the layout).
import { MultiDirectedGraph } from "graphology";
import type { GraphPayload, WireNode, WireRelationship } from "../../../shared/index.ts";
import { colorForCategory, nodeSize, primaryLabel } from "../appearance/index.ts";
import { displayName, namesOf } from "../names/index.ts";
import type { BuildResult, EdgeAttributes, ExplorerGraph, NodeAttributes } from "./types.ts";

const EDGE_SIZE = 2;

function slugOf(node: WireNode): string | null {
  const slug = node.properties.id;
  return typeof slug === "string" && slug !== "" ? slug : null;
}

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

export function buildGraph(payload: GraphPayload, edgeColor = "#9aa3ad"): BuildResult {
  const graph: ExplorerGraph = new MultiDirectedGraph();
  for (const node of payload.nodes) {
    if (!graph.hasNode(node.id)) graph.addNode(node.id, nodeAttributes(node));
  }
  const skippedRelationships: string[] = [];
  for (const rel of payload.relationships) {
    if (graph.hasEdge(rel.id) || !graph.hasNode(rel.start) || !graph.hasNode(rel.end)) {
      skippedRelationships.push(rel.id);
      continue;
    }
    graph.addDirectedEdgeWithKey(rel.id, rel.start, rel.end, edgeAttributes(rel, edgeColor));
  }
  graph.forEachNode((key) => {
    const degree = graph.degree(key);
    graph.mergeNodeAttributes(key, { degree, size: nodeSize(degree) });
  });
  return { graph, skippedRelationships, capped: payload.summary.capped };
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

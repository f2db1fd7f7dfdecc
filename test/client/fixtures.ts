// Small hand-made payloads for the client's unit tests (shaped like GET /api/graph).
import { MultiDirectedGraph } from "graphology";
import type { GraphPayload, WireNode, WireRelationship } from "../../src/shared/index.ts";
import { nodeSize } from "../../src/client/lib/appearance/index.ts";
import {
  edgeAttributes,
  nodeAttributes,
  type BuildResult,
  type ExplorerGraph,
} from "../../src/client/lib/graph/index.ts";

export const summary = { resultAvailableAfterMs: 1, capped: false, timedOut: false, rowCount: 0 };

export function node(id: string, labels: string[], properties: WireNode["properties"] = {}): WireNode {
  return { id, labels, properties };
}

export function rel(
  id: string,
  type: string,
  start: string,
  end: string,
  properties: WireRelationship["properties"] = {},
): WireRelationship {
  return { id, type, start, end, properties };
}

/** Jack Ma -> Alibaba twice (parallel edges), Alibaba -> Qwen, plus a Source node and one dangling edge. */
export function samplePayload(): GraphPayload {
  return {
    nodes: [
      node("e:1", ["Entity", "Person"], {
        id: "jack-ma",
        name: "Jack Ma",
        name_ja: "ジャック・マー",
        name_zh: "马云",
        aliases: ["Ma Yun"],
      }),
      node("e:2", ["Entity", "Company"], { id: "alibaba", name: "Alibaba Group", name_ja: "アリババ" }),
      node("e:3", ["Entity", "Model"], { id: "qwen", name_ja: "通義千問" }),
      node("e:4", ["Source"], { id: "alibaba-ai-pivot", title: "記事", url: "https://example.org/a" }),
    ],
    relationships: [
      rel("r:1", "FOUNDED", "e:1", "e:2", { quote: "創業者ジャック・マー", source: "alibaba-ai-pivot" }),
      rel("r:2", "LEADS", "e:1", "e:2", { quote: "主導", source: "alibaba-ai-pivot" }),
      rel("r:3", "DEVELOPS", "e:2", "e:3", { quote: "Qwen", source: "alibaba-ai-pivot", year: 2024 }),
      rel("r:4", "MENTIONS", "e:2", "e:missing", {}),
    ],
    summary,
  };
}

/**
 * A data graph for a payload, made from the live nodeAttributes/edgeAttributes: duplicate ids and relationships
 * with an endpoint missing are skipped, degree and size follow the kept relationships.
 */
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

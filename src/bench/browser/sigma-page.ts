// The renderer's own limit (runs in the browser, bundled by sigma-site.ts): the benchmark's snapshot drawn with plain
// Sigma and graphology, positions given up front, with the same performance marks and ready attribute as the explorer.
import { MultiDirectedGraph } from "graphology";
import Sigma from "sigma";
import { EdgeLineProgram, NodePointProgram } from "sigma/rendering";
import type { Snapshot } from "../../shared/snapshot.ts";

declare global {
  interface Window {
    __sigma?: Sigma;
  }
}

/**
 * The same drawing choices the explorer makes for a graph this size (src/client/lib/layout/big-graph.ts; the bench
 * may not import the client): above 500 nodes or 2,500 edges, point sprites and one-pixel lines, no edges while the
 * camera moves, labels only for nodes drawn large; above 50,000 edges none are drawn until asked for. So the two
 * pages draw the same picture, and the ratio is what the explorer adds on top of Sigma.
 */
const BIG = { nodes: 500, edges: 2_500 };
const EDGE_DRAW_LIMIT = 50_000;

// A sunflower spiral, as on the vis-network page: cheap, deterministic, no layout work at all.
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

async function main(): Promise<void> {
  const response = await fetch("snapshot.json");
  const snapshot = (await response.json()) as Snapshot;
  performance.mark("kg:data-fetched");
  const big = snapshot.nodes.length > BIG.nodes || snapshot.relationships.length > BIG.edges;
  const hideEdges = snapshot.relationships.length > EDGE_DRAW_LIMIT;
  const graph = new MultiDirectedGraph();
  // graphology's serialised form in one import: the cheapest way in, as the explorer builds its views.
  graph.import({
    nodes: snapshot.nodes.map((node, i) => ({
      key: node.id,
      attributes: {
        label: String(node.properties.name ?? node.id),
        x: 20 * Math.sqrt(i) * Math.cos(i * GOLDEN_ANGLE),
        y: 20 * Math.sqrt(i) * Math.sin(i * GOLDEN_ANGLE),
        size: 4,
        color: "#4f6bed",
      },
    })),
    edges: snapshot.relationships.map((rel) => ({
      key: rel.id,
      source: rel.start,
      target: rel.end,
      attributes: hideEdges ? { hidden: true } : {},
    })),
  });
  performance.mark("kg:graph-built");
  const container = document.getElementById("stage")!;
  const sigma = new Sigma(graph, container, {
    defaultEdgeType: big ? "thin" : "arrow",
    defaultNodeType: big ? "point" : "circle",
    // Added to Sigma's own programs (circle, arrow, line), not in place of them.
    nodeProgramClasses: { point: NodePointProgram },
    edgeProgramClasses: { thin: EdgeLineProgram },
    hideEdgesOnMove: big,
    labelRenderedSizeThreshold: big ? 8 : 4,
    zIndex: !big,
  });
  window.__sigma = sigma;
  // As the explorer does: the constructor drew synchronously before any listener existed, so the first frame
  // counted is the next one (both pages pay the same extra frame).
  sigma.once("afterRender", () => {
    performance.mark("kg:first-render");
    Object.assign(document.body.dataset, {
      graphReady: "true",
      nodeCount: String(graph.order),
      edgeCount: String(graph.size),
    });
  });
  sigma.scheduleRender();
}

main().catch((error: unknown) => {
  document.body.dataset.graphError = String(error);
  console.error(error);
});

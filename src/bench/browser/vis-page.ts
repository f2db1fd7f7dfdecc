// The comparison page (runs in the browser): draws the benchmark's snapshot with vis-network's standalone build,
// the renderer behind neovis.js, and sets the same performance marks and ready attribute as the explorer.
import type * as VisNetwork from "vis-network/standalone";
import type { Snapshot } from "../../shared/snapshot.ts";

declare const vis: typeof VisNetwork;
declare global {
  interface Window {
    __vis?: VisNetwork.Network;
  }
}

/**
 * vis-network's own advice for big networks: no physics (its stabilisation runs on the main thread and
 * freezes the page for many seconds at 10k nodes), no clustering pre-layout, straight edges.
 */
const OPTIONS: VisNetwork.Options = {
  physics: false,
  layout: { improvedLayout: false },
  edges: { arrows: "to", smooth: false, width: 1, color: { opacity: 0.5 } },
  nodes: { shape: "dot", size: 6, font: { size: 12 } },
};

// Without physics every node needs a position: a sunflower spiral, cheap and deterministic.
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

async function main(): Promise<void> {
  const response = await fetch("snapshot.json");
  const snapshot = (await response.json()) as Snapshot;
  performance.mark("kg:data-fetched");
  const container = document.getElementById("stage")!;
  const network = new vis.Network(container, {}, OPTIONS);
  network.once("afterDrawing", () => {
    performance.mark("kg:first-render");
    Object.assign(document.body.dataset, {
      graphReady: "true",
      nodeCount: String(snapshot.nodes.length),
      edgeCount: String(snapshot.relationships.length),
    });
  });
  const nodes = new vis.DataSet(
    snapshot.nodes.map((node, i) => ({
      id: node.id,
      label: String(node.properties.name ?? node.id),
      group: node.labels[0] ?? "",
      x: 20 * Math.sqrt(i) * Math.cos(i * GOLDEN_ANGLE),
      y: 20 * Math.sqrt(i) * Math.sin(i * GOLDEN_ANGLE),
    })),
  );
  const edges = new vis.DataSet(snapshot.relationships.map((rel) => ({ id: rel.id, from: rel.start, to: rel.end })));
  network.setData({ nodes, edges });
  network.fit({ animation: false });
  performance.mark("kg:graph-built");
  window.__vis = network;
}

main().catch((error: unknown) => {
  document.body.dataset.graphError = String(error);
  console.error(error);
});

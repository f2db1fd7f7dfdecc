// Tells the page (screen readers, benchmarks, browser tests) when the graph is drawn and whether it is still settling.
//
// Once Sigma has drawn the whole first view for the first time (a big one comes in slices, stage/graph-feed.ts):
//   - `document.body` gets data-graph-ready="true", data-node-count and data-edge-count;
//   - a visually hidden live region [data-testid="graph-ready"] (with the same data-* counts) appears.
// data-node-count / data-edge-count follow the graph as it grows and shrinks, and
// data-layout is "running" while newly added nodes settle, "idle" otherwise.
import type { ExplorerGraph } from "../lib/graph/index.ts";
import { h } from "../lib/dom.ts";
import { markOnce } from "../lib/timing-marks.ts";
import type { IncrementalLayout } from "./incremental-layout.ts";
import type { GraphSync } from "./graph-sync.ts";
import type { ExplorerSigma } from "./sigma-stage.ts";

export function mountReadySignals(
  sigma: ExplorerSigma,
  graph: ExplorerGraph,
  layout?: IncrementalLayout,
  sync?: Pick<GraphSync, "whenFed">,
): void {
  document.body.dataset.layout = "idle";
  layout?.onChange((running) => (document.body.dataset.layout = running ? "running" : "idle"));
  // Written once per burst of events, not once per node or edge: a slice of 6,000 edges wrote the body's attributes
  // 6,000 times (a fifth of the slice's task).
  let queued = false;
  const count = () => {
    if (queued) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      Object.assign(document.body.dataset, { nodeCount: String(graph.order), edgeCount: String(graph.size) });
    });
  };
  for (const event of ["nodeAdded", "nodeDropped", "edgeAdded", "edgeDropped", "cleared"] as const)
    graph.on(event, count);
  const whenFed = sync?.whenFed ?? ((callback: () => void) => callback());
  whenFed(() => ready(sigma, graph));
}

function ready(sigma: ExplorerSigma, graph: ExplorerGraph): void {
  sigma.once("afterRender", () => {
    markOnce("kg:first-render");
    const counts = { "data-node-count": graph.order, "data-edge-count": graph.size };
    Object.assign(document.body.dataset, {
      graphReady: "true",
      nodeCount: String(graph.order),
      edgeCount: String(graph.size),
    });
    const marker = h(
      "p",
      { class: "sr-only", role: "status", "data-testid": "graph-ready", ...counts },
      `Graph ready: ${graph.order} nodes, ${graph.size} relationships.`,
    );
    sigma.getContainer().after(marker);
  });
  // The constructor (or the last slice) already asked for its frame, maybe before this listener: ask for one more.
  sigma.scheduleRender();
}

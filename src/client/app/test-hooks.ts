// Hooks for browser tests, kept out of the app's logic.
//
// Once Sigma has drawn the graph for the first time:
//   - `document.body` gets data-graph-ready="true", data-node-count and data-edge-count;
//   - a visually hidden live region [data-testid="graph-ready"] (with the same data-* counts) appears.
// `window.__explorer` then holds:
//   - `sigma`, `graph` (the data graph; treat as read-only) and `store` (read state via store.get());
//   - `nodeKey(idOrSlug)`: the graph key (elementId) for a slug like "jack-ma";
//   - `viewportPosition(idOrSlug)`: {x, y} of the node in CSS pixels relative to the Sigma container,
//     e.g. `page.mouse.click(box.x + p.x, box.y + p.y)` with box = container.boundingBox().
// data-node-count / data-edge-count follow the graph as it grows and shrinks, and
// data-layout is "running" while newly added nodes settle, "idle" otherwise.
import type { AppState } from "../core/store/index.ts";
import { findNodeKey, type ExplorerGraph } from "../lib/graph/index.ts";
import { h } from "../lib/dom.ts";
import { markOnce } from "../lib/timing-marks.ts";
import type { Store } from "../lib/create-store.ts";
import type { IncrementalLayout } from "../stage/incremental-layout.ts";
import type { ExplorerSigma } from "../stage/sigma-stage.ts";

export interface ExplorerHandle {
  sigma: ExplorerSigma;
  graph: ExplorerGraph;
  store: Store<AppState>;
  nodeKey(idOrSlug: string): string | null;
  viewportPosition(idOrSlug: string): { x: number; y: number } | null;
}

declare global {
  interface Window {
    __explorer?: ExplorerHandle;
  }
}

export function installTestHooks(
  sigma: ExplorerSigma,
  graph: ExplorerGraph,
  store: Store<AppState>,
  layout?: IncrementalLayout,
): void {
  document.body.dataset.layout = "idle";
  layout?.onChange((running) => (document.body.dataset.layout = running ? "running" : "idle"));
  const count = () =>
    Object.assign(document.body.dataset, { nodeCount: String(graph.order), edgeCount: String(graph.size) });
  for (const event of ["nodeAdded", "nodeDropped", "edgeAdded", "edgeDropped", "cleared"] as const)
    graph.on(event, count);
  window.__explorer = {
    sigma,
    graph,
    store,
    nodeKey: (idOrSlug) => findNodeKey(graph, idOrSlug),
    viewportPosition: (idOrSlug) => {
      const key = findNodeKey(graph, idOrSlug);
      return key === null ? null : sigma.graphToViewport(graph.getNodeAttributes(key));
    },
  };
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
  // The constructor already rendered synchronously, before this listener existed: ask for one more frame.
  sigma.scheduleRender();
}

// window.__explorer for browser tests and the browser benchmark; only a test build has it (see vite.config.ts).
//
// `window.__explorer` holds:
//   - `sigma`, `graph` (the data graph; treat as read-only) and `store` (read state via store.get());
//   - `measures`: network measures computed now in the worker, or on the page (the benchmark's old way);
//   - `nodeKey(idOrSlug)`: the graph key (elementId) for a slug like "jack-ma";
//   - `restyle.way`: how a big graph's node-look change is drawn ("nodes", the page's way; "slices" and "full", the
//     old ways, for the benchmark);
//   - `edgeLabels`: the last frame's edge labels (stage/edge-label-clearance.ts);
//   - `processes`: Sigma's full passes over its graph and the edges it appended without one (stage/sigma-edge-append.ts);
//   - `labelsLeftOut`: node labels Sigma chose but not drawn, as they would overlap a more important one;
//   - `viewportPosition(idOrSlug)`: {x, y} of the node in CSS pixels relative to the Sigma container,
//     e.g. `page.mouse.click(box.x + p.x, box.y + p.y)` with box = container.boundingBox().
// When the graph is ready to be driven is said by the page itself: see stage/ready-signals.ts.
import type { AppState } from "../core/store/index.ts";
import { findNodeKey, type ExplorerGraph } from "../lib/graph/index.ts";
import type { Store } from "../lib/create-store.ts";
import { edgeLabelClearance, nodeLabelDeclutter, sigmaProcesses, type ExplorerSigma } from "../stage/sigma-stage.ts";
import type { EdgeAppendStats } from "../stage/sigma-edge-append.ts";
import type { ClearanceLog } from "../stage/edge-label-clearance.ts";
import type { MeasuresHandle } from "../stage/measures-sync.ts";
import { restyleSettings } from "../stage/node-restyle.ts";

export interface ExplorerHandle {
  sigma: ExplorerSigma;
  graph: ExplorerGraph;
  store: Store<AppState>;
  measures: MeasuresHandle;
  nodeKey(idOrSlug: string): string | null;
  viewportPosition(idOrSlug: string): { x: number; y: number } | null;
  /** Edge labels of the last frame: where each drawn one runs, and those left out to keep node names clear. */
  edgeLabels: ClearanceLog;
  /** Sigma's full passes over its graph, and edges appended to its programs without one, since the page loaded. */
  processes: Readonly<EdgeAppendStats>;
  /** Node labels the label grid chose but left out, as they would overlap a more important one. */
  labelsLeftOut: ReadonlySet<string>;
  /** `way` other than "nodes" draws a change of the nodes' look an old way, for bench:metrics. */
  restyle: typeof restyleSettings;
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
  measures: MeasuresHandle,
): void {
  window.__explorer = {
    sigma,
    graph,
    store,
    measures,
    nodeKey: (idOrSlug) => findNodeKey(graph, idOrSlug),
    edgeLabels: edgeLabelClearance,
    labelsLeftOut: nodeLabelDeclutter.hidden,
    processes: sigmaProcesses,
    restyle: restyleSettings,
    viewportPosition: (idOrSlug) => {
      const key = findNodeKey(graph, idOrSlug);
      return key === null ? null : sigma.graphToViewport(graph.getNodeAttributes(key));
    },
  };
}

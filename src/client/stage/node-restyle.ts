// Redraws the nodes alone after a change that alters only their look (a size or colour rule, new measure values, a
// label's style): on a big graph a slice per task, so 100,000 nodes never hold the page in one long task.
import { isBigGraph } from "../lib/layout/index.ts";
import type { ExplorerSigma } from "./sigma-stage.ts";

/** Work per task: well under the 50 ms that makes a long task, leaving the frame room to draw. */
const SLICE_MS = 16;
/** Nodes between two looks at the clock. */
const CHECK_EVERY = 256;

/**
 * `sliced: false` is the old way, a full Sigma refresh (every node and every edge through the reducers, the label
 * grid and the programs rebuilt), kept for the benchmark (bench:metrics) to measure against in the same page.
 */
export const restyleSettings = { sliced: true };

export interface NodeRestyle {
  /** Redraws every node's look; a newer call supersedes a running one. Resolves when the last slice is in. */
  (): Promise<void>;
}

/**
 * Small graphs get one full refresh (cheap there, and their arrow heads depend on node sizes). Big graphs draw edges
 * as plain lines that do not depend on node size or colour, so only the nodes are reprocessed: the reducer runs again
 * for each and the drawn node is updated in place (positions do not change, so no re-indexing). Sigma's label grid
 * keeps the sizes of its last full refresh for choosing which labels compete; the sizes drawn are the new ones.
 */
export function createNodeRestyle(sigma: ExplorerSigma): NodeRestyle {
  let generation = 0;
  return () => {
    const graph = sigma.getGraph();
    const mine = ++generation;
    if (!restyleSettings.sliced || !isBigGraph(graph.order, graph.size)) {
      sigma.refresh();
      return Promise.resolve();
    }
    const nodes = graph.nodes();
    let next = 0;
    return new Promise<void>((resolve) => {
      const step = () => {
        if (mine !== generation) return resolve();
        const deadline = performance.now() + SLICE_MS;
        try {
          while (next < nodes.length && performance.now() < deadline) {
            const end = Math.min(nodes.length, next + CHECK_EVERY);
            const slice: string[] = [];
            for (; next < end; next++) if (graph.hasNode(nodes[next]!)) slice.push(nodes[next]!);
            // Drawn at the next frame, once per frame however many slices went in meanwhile.
            sigma.refresh({ partialGraph: { nodes: slice }, skipIndexation: true, schedule: true });
          }
        } catch {
          // A node added since the last full refresh has no place in the programs yet: Sigma's own refresh for the
          // addition is due anyway, and it redraws every node.
          sigma.scheduleRefresh();
          return resolve();
        }
        if (next < nodes.length) setTimeout(step, 0);
        else resolve();
      };
      step();
    });
  };
}

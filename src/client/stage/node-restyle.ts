// Redraws the nodes alone after a change that alters only their look (a size or colour rule, new measure values, a
// label's style): on a big graph the nodes are reprocessed a slice per task and then drawn once on their own layer,
// so 100,000 nodes never hold the page in one long task and the 500,000 edges' canvas is not drawn again.
import { isBigGraph } from "../lib/layout/index.ts";
import { drawNodesAlone, reprocessNodes } from "./nodes-only-draw.ts";
import { sigmaInternals } from "./sigma-internals.ts";
import type { ExplorerSigma } from "./sigma-stage.ts";

/** Work per task: well under the 50 ms that makes a long task, leaving the frame room to draw. */
const SLICE_MS = 16;
/** Nodes between two looks at the clock. */
const CHECK_EVERY = 256;

/**
 * How a big graph's node-look change is drawn. `nodes`: the page's way (slices, then the nodes' layer alone).
 * `slices`: the previous way (slices, each followed by Sigma's full frame, edges included). `full`: one full Sigma
 * refresh. The last two are kept for the benchmark (bench:metrics) to measure against in the same page.
 */
export type RestyleWay = "nodes" | "slices" | "full";
export const restyleSettings: { way: RestyleWay } = { way: "nodes" };

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
    const way = restyleSettings.way;
    const internals = way === "nodes" ? sigmaInternals(sigma) : null;
    if (way === "full" || !isBigGraph(graph.order, graph.size) || (way === "nodes" && !internals)) {
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
            if (internals) reprocessNodes(internals, slice);
            // The previous way: Sigma draws a full frame (every edge too) at the next frame.
            else sigma.refresh({ partialGraph: { nodes: slice }, skipIndexation: true, schedule: true });
          }
        } catch {
          // A node added since the last full refresh has no place in the programs yet: Sigma's own refresh for the
          // addition is due anyway, and it redraws every node.
          sigma.scheduleRefresh();
          return resolve();
        }
        if (next < nodes.length) return void setTimeout(step, 0);
        // One draw of the nodes' layer, in a frame of its own; a full frame due meanwhile draws them anyway.
        if (internals)
          requestAnimationFrame(() => {
            if (mine === generation && !drawNodesAlone(sigma, internals)) sigma.scheduleRender();
          });
        resolve();
      };
      step();
    });
  };
}

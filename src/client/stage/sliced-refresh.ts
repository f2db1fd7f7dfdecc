// Redraws every node of a big graph a slice at a time (the reducers run again for each), so a new colour or size
// for 100,000 nodes does not hold the page in one long task the way a full refresh does.
import { isBigGraph } from "../lib/layout/index.ts";
import type { ExplorerSigma } from "./sigma-stage.ts";

/** Work per turn: well under a frame's worth of the 100 ms a task may take. */
const SLICE_MS = 25;

/**
 * Small graphs get one full refresh. Big ones: each slice re-runs the node reducer and updates the drawn node in place
 * (no re-indexing: positions stay; the label grid catches up at the next full refresh). A newer call supersedes a
 * running one. Returns a promise that resolves when the last slice is drawn.
 */
export function createSlicedRefresh(sigma: ExplorerSigma): () => Promise<void> {
  let generation = 0;
  return () => {
    const graph = sigma.getGraph();
    if (!isBigGraph(graph.order, graph.size)) {
      sigma.refresh();
      return Promise.resolve();
    }
    const mine = ++generation;
    const nodes = graph.nodes();
    let next = 0;
    return new Promise<void>((resolve) => {
      const step = () => {
        if (mine !== generation) return resolve();
        const deadline = performance.now() + SLICE_MS;
        while (next < nodes.length && performance.now() < deadline) {
          const slice = nodes.slice(next, next + 1_000).filter((key) => graph.hasNode(key));
          next += 1_000;
          sigma.refresh({ partialGraph: { nodes: slice }, skipIndexation: true, schedule: true });
        }
        if (next < nodes.length) setTimeout(step, 0);
        else resolve();
      };
      step();
    });
  };
}

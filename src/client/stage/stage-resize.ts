// Keeps Sigma's canvas matched to its container when the side panel opens or the window resizes.
import { isBigGraph } from "../lib/layout/index.ts";
import type { ExplorerSigma } from "./sigma-stage.ts";

export function mountStageResize(sigma: ExplorerSigma): void {
  // Sigma itself only listens to window resizes; the panel changes the container's width without one.
  const observer = new ResizeObserver(() => {
    const graph = sigma.getGraph();
    if (!isBigGraph(graph.order, graph.size)) return void sigma.scheduleRefresh();
    // Big graphs: the reducers' results and the programs' data (graph positions, not pixels) still hold, so the next
    // frame only needs the new size, which Sigma's render takes itself. Reprocessing here rebuilt the programs for
    // every edge (2 s at 500,000 edges), and a panel's line of text appearing (the legend's note when a Style rule
    // colours by a measure) resizes the stage. The label grid keeps the old size until the next full refresh: only
    // which labels compete near the new edges can differ. Not at all for the observer's first call.
    const container = sigma.getContainer();
    const { width, height } = sigma.getDimensions();
    if (container.offsetWidth === width && container.offsetHeight === height) return;
    sigma.scheduleRender();
  });
  observer.observe(sigma.getContainer());
}

// Keeps Sigma's canvas matched to its container when the side panel opens or the window resizes.
import { isBigGraph } from "../lib/layout/index.ts";
import type { ExplorerSigma } from "./sigma-stage.ts";

export function mountStageResize(sigma: ExplorerSigma): void {
  // Sigma itself only listens to window resizes; the panel changes the container's width without one.
  const observer = new ResizeObserver(() => {
    const graph = sigma.getGraph();
    if (!isBigGraph(graph.order, graph.size)) return void sigma.scheduleRefresh();
    // Big graphs: the reducers' results still hold, so only reprocess positions for the new size
    // (and not at all for the observer's first call, when Sigma has just been sized).
    const container = sigma.getContainer();
    const { width, height } = sigma.getDimensions();
    if (container.offsetWidth === width && container.offsetHeight === height) return;
    sigma.refresh({ partialGraph: { nodes: [], edges: [] }, schedule: true });
  });
  observer.observe(sigma.getContainer());
}

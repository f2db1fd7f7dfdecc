// Keeps Sigma's canvas matched to its container when the side panel opens or the window resizes.
import type { ExplorerSigma } from "./sigma-stage.ts";

export function mountStageResize(sigma: ExplorerSigma): void {
  // Sigma itself only listens to window resizes; the panel changes the container's width without one.
  const observer = new ResizeObserver(() => sigma.scheduleRefresh());
  observer.observe(sigma.getContainer());
}

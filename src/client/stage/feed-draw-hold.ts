// While a big first view still comes in slices, Sigma takes each slice in (reducers, its programs) but draws no frame:
// drawing the growing graph after every slice (every edge so far, and with a software renderer the CPU draws them)
// cost more than the slices themselves. The first frame drawn after the first slice is the whole view.
import type { GraphSync } from "./graph-sync.ts";
import { sigmaInternals, type SigmaInternals } from "./sigma-internals.ts";
import type { ExplorerSigma } from "./sigma-stage.ts";

/**
 * Holds Sigma's drawing until `sync` says the view is all in; returns whether it held (false: nothing coming, or a
 * Sigma without the private parts this needs, which then draws each slice as before).
 */
export function holdDrawingWhileFed(sigma: ExplorerSigma, sync: Pick<GraphSync, "feeding" | "whenFed">): boolean {
  if (!sync.feeding()) return false;
  const internals = sigmaInternals(sigma);
  if (!internals) return false;
  // Sigma's render() without the drawing: take in what changed (so each slice's work stays in its own frame).
  internals.render = () => {
    if (internals.renderFrame !== null) cancelAnimationFrame(internals.renderFrame);
    internals.renderFrame = null;
    if (internals.needToProcess) internals.process();
    internals.needToProcess = false;
    return sigma;
  };
  sync.whenFed(() => {
    // Back to the prototype's render, and a frame of the whole view.
    delete (internals as Partial<SigmaInternals>).render;
    sigma.scheduleRender();
  });
  return true;
}

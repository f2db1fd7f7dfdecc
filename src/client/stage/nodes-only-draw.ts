// Reprocesses and draws the nodes alone, leaving the edges' WebGL canvas with the pixels of the last full frame: a
// change to the nodes' look on a big graph then costs the nodes' layer, not a frame of every edge.
//
// Sigma 3 draws edges and nodes on separate WebGL canvases, but its only drawing entry point, render(), clears and
// redraws both: at 500,000 edges in software WebGL (SwiftShader) that one frame is over a second. The pieces a nodes-only
// frame needs are private in Sigma's types, so they are reached through the view in sigma-internals.ts and checked at
// run time there: when one is missing (another Sigma version) the caller falls back to Sigma's own full render.
import type { SigmaInternals } from "./sigma-internals.ts";
import type { ExplorerSigma } from "./sigma-stage.ts";

/**
 * Runs the node reducer again for these nodes and puts their new look in the node programs, without drawing (Sigma's
 * refresh({partialGraph, skipIndexation}) does the same and then renders every layer). Throws for a node Sigma has not
 * placed in its programs yet (added since its last full refresh).
 */
export function reprocessNodes(internals: SigmaInternals, keys: readonly string[]): void {
  for (const key of keys) {
    internals.updateNode(key);
    const position = internals.nodeProgramIndex[key];
    if (position === undefined) throw new Error(`Sigma has not placed node "${key}" in its programs yet`);
    internals.addNodeToProgram(key, internals.nodeIndices[key]!, position);
  }
}

/**
 * Draws the nodes' layer, the labels and the highlighted nodes over the edges already drawn. Returns false, drawing
 * nothing, when only a full frame will do: one is already due (a camera move, a resize, an addition), Sigma must
 * reprocess, or the stage changed size since the last frame (a resized canvas has lost its pixels).
 */
export function drawNodesAlone(sigma: ExplorerSigma, internals: SigmaInternals): boolean {
  const container = sigma.getContainer();
  if (internals.renderFrame !== null || internals.needToProcess) return false;
  if (container.offsetWidth !== internals.width || container.offsetHeight !== internals.height) return false;
  const gl = internals.webGLContexts.nodes!;
  gl.bindFramebuffer(gl.FRAMEBUFFER, null);
  gl.clear(gl.COLOR_BUFFER_BIT);
  // The picking layer (which node is under the mouse) is redrawn with the nodes.
  internals.resetWebGLTexture("nodes");
  const params = internals.getRenderParams();
  for (const program of Object.values(internals.nodePrograms)) program.render(params);
  internals.canvasContexts.labels!.clearRect(0, 0, internals.width, internals.height);
  internals.renderLabels();
  internals.renderHighlightedNodes();
  return true;
}

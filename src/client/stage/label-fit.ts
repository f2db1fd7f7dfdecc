// The camera state that frames a group of nodes with their labels: every node and the whole of its label inside the
// stage, with a margin, zooming in or out as needed (Sigma's own fit frames node centres and cuts labels off).
import type { CameraState } from "sigma/types";
import type { ExplorerSigma } from "./sigma-stage.ts";
import { labelFont, labelWidth } from "./label-widths.ts";

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Width in CSS pixels of a label as Sigma draws it (its font, size and weight). */
function labelWidthOf(sigma: ExplorerSigma, label: string): number {
  return labelWidth(
    labelFont(sigma.getSetting("labelWeight"), sigma.getSetting("labelSize"), sigma.getSetting("labelFont")),
    label,
  );
}

/**
 * Where each node and its label would sit on screen (CSS pixels, viewport coordinates) for a camera state: Sigma
 * draws a label 3 px right of the disc, its middle on the node's centre.
 */
export function labelBoxes(
  sigma: ExplorerSigma,
  nodes: readonly string[],
  cameraState: CameraState = sigma.getCamera().getState(),
): Array<Box & { node: string; cx: number; cy: number }> {
  const half = sigma.getSetting("labelSize") / 2 + 2;
  return nodes.flatMap((node) => {
    const data = sigma.getNodeDisplayData(node);
    if (!data || data.hidden) return [];
    const { x, y } = sigma.framedGraphToViewport(data, { cameraState });
    const size = sigma.scaleSize(data.size, cameraState.ratio);
    const text = data.label ? 3 + labelWidthOf(sigma, data.label) : 0;
    const rise = Math.max(size, half);
    return [{ node, cx: x, cy: y, left: x - size, right: x + size + text, top: y - rise, bottom: y + rise }];
  });
}

/** Room kept free on each side of the stage, in CSS pixels (a caption over its lower part, say). */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * Above this many nodes the fit frames discs only: measuring 100,000 labels held the page for seconds (a big graph
 * draws labels only for its largest nodes anyway, and one cut at the stage's edge costs nothing there).
 */
export const LABELLED_FIT_LIMIT = 2_000;

/** What a fit needs of a drawn node, read once: its place in the framed graph, disc size and label width. */
interface Drawn {
  x: number;
  y: number;
  size: number;
  text: number;
}

function drawnNodes(sigma: ExplorerSigma, nodes: readonly string[]): Drawn[] {
  const withLabels = nodes.length <= LABELLED_FIT_LIMIT;
  const drawn: Drawn[] = [];
  for (const node of nodes) {
    const data = sigma.getNodeDisplayData(node);
    if (!data || data.hidden) continue;
    const text = withLabels && data.label ? 3 + labelWidthOf(sigma, data.label) : 0;
    drawn.push({ x: data.x, y: data.y, size: data.size, text });
  }
  return drawn;
}

/** Null when none of the nodes is drawn. `margin` is kept free on every side, in CSS pixels, plus `insets`. */
export function cameraStateToFit(
  sigma: ExplorerSigma,
  nodes: readonly string[],
  margin = 24,
  insets: Insets = { top: 0, right: 0, bottom: 0, left: 0 },
): CameraState | null {
  const dims = sigma.getDimensions();
  const width = dims.width - insets.left - insets.right;
  const height = dims.height - insets.top - insets.bottom;
  // Where the boxes' centre should land: the middle of the free area, not of the stage.
  const shiftX = (insets.left - insets.right) / 2;
  const shiftY = (insets.top - insets.bottom) / 2;
  if (width <= 0 || height <= 0) return null;
  const minRatio = sigma.getSetting("minCameraRatio") ?? 0.01;
  const maxRatio = sigma.getSetting("maxCameraRatio") ?? 100;
  // Labels are measured once: their pixel width does not depend on the zoom.
  const drawn = drawnNodes(sigma, nodes);
  if (drawn.length === 0) return null;
  const half = sigma.getSetting("labelSize") / 2 + 2;
  let state: CameraState = { ...sigma.getCamera().getState(), angle: 0 };
  // Labels keep their pixel size while the spread of the centres scales with the zoom: converge in a few steps.
  for (let step = 0; step < 6; step++) {
    let left = Infinity,
      right = -Infinity,
      top = Infinity,
      bottom = -Infinity;
    let minX = Infinity,
      maxX = -Infinity,
      minY = Infinity,
      maxY = -Infinity;
    // With no rotation the camera maps each axis on its own, linearly, and sizes scale by one factor: two points and
    // one size give the whole mapping (one camera matrix per step instead of one per node).
    const origin = sigma.framedGraphToViewport({ x: 0, y: 0 }, { cameraState: state });
    const unit = sigma.framedGraphToViewport({ x: 1, y: 1 }, { cameraState: state });
    const perSize = sigma.scaleSize(1, state.ratio);
    for (const node of drawn) {
      const x = origin.x + (unit.x - origin.x) * node.x;
      const y = origin.y + (unit.y - origin.y) * node.y;
      const size = node.size * perSize;
      const rise = Math.max(size, half);
      left = Math.min(left, x - size);
      right = Math.max(right, x + size + node.text);
      top = Math.min(top, y - rise);
      bottom = Math.max(bottom, y + rise);
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    }
    const spanX = maxX - minX;
    const spanY = maxY - minY;
    // On a narrow stage (a phone) long labels would leave the nodes no room: past a third of the width they may be
    // cut at the right edge rather than shrink the graph to a dot.
    const overX = Math.min(right - left - spanX, width / 3);
    const overY = Math.min(bottom - top - spanY, height / 3);
    const roomX = width - 2 * margin - overX;
    const roomY = height - 2 * margin - overY;
    const centre = sigma.viewportToFramedGraph(
      { x: left + (spanX + overX) / 2 - shiftX, y: top + (spanY + overY) / 2 - shiftY },
      { cameraState: state },
    );
    // Labels wider than the stage: the best is the widest zoom.
    const need = Math.max(spanX > 1 ? spanX / Math.max(roomX, 1) : 0, spanY > 1 ? spanY / Math.max(roomY, 1) : 0);
    // One node (or all on one spot): centre it and keep the zoom, no closer than 1.
    const ratio = need > 0 ? state.ratio * need : Math.min(state.ratio, 1);
    state = { ...state, x: centre.x, y: centre.y, ratio: Math.min(maxRatio, Math.max(minRatio, ratio)) };
  }
  return state;
}

// Zoom buttons, zoom-level tracking for edge labels, framing, and carrying out camera requests
// (centre on a node, bring a group into view).
import type { CameraState } from "sigma/types";
import type { AppState, Actions } from "../core/store/index.ts";
import type { CameraRequest } from "../core/camera/index.ts";
import { h } from "../lib/dom.ts";
import type { Store } from "../lib/create-store.ts";
import type { GraphSync } from "./graph-sync.ts";
import type { ExplorerSigma } from "./sigma-stage.ts";
import { isBigGraph } from "../lib/layout/index.ts";
import { cameraStateToFit } from "./label-fit.ts";
import { overlayInsets } from "./stage-overlays.ts";

/** Smallest frame side, in graph units (about two edge lengths of the first layout). */
const MIN_FRAME = 500;
const DURATION = matchMedia("(prefers-reduced-motion: reduce)").matches ? 0 : 300;

function button(label: string, text: string, testid: string, onClick: () => void): HTMLButtonElement {
  const element = h(
    "button",
    { type: "button", class: "icon-button", "aria-label": label, title: label, "data-testid": testid },
    text,
  );
  element.addEventListener("click", onClick);
  return element;
}

function isOnScreen(sigma: ExplorerSigma, node: string): boolean {
  const { x, y } = sigma.graphToViewport(sigma.getGraph().getNodeAttributes(node));
  const { width, height } = sigma.getDimensions();
  return x > 40 && y > 40 && x < width - 40 && y < height - 40;
}

/**
 * Sigma rescales the picture to the graph's extent on every refresh, so a growing graph would
 * shift every node on screen. Freezing the frame after a full layout keeps old nodes where the
 * reader saw them; new ones may land outside it, and the camera goes to them.
 */
function freezeFrame(sigma: ExplorerSigma): void {
  sigma.setCustomBBox(null);
  const graph = sigma.getGraph();
  // Big graphs: positions already reached Sigma through graph events; reprocess without re-running the reducers.
  if (isBigGraph(graph.order, graph.size)) sigma.refresh({ partialGraph: { nodes: [], edges: [] } });
  else sigma.refresh();
  const { x, y } = sigma.getBBox();
  // A frame of one or two nodes is a point or a line: widen it so what comes next has room.
  const side = Math.max(x[1] - x[0], y[1] - y[0], MIN_FRAME);
  const pad = (extent: [number, number]): [number, number] => {
    const grow = Math.max(0, side * 0.6 - (extent[1] - extent[0])) / 2;
    return [extent[0] - grow, extent[1] + grow];
  };
  sigma.setCustomBBox({ x: pad(x), y: pad(y) });
}

/**
 * What the camera last framed, and where that left it: when the stage changes size (a panel opens or closes, the
 * window turns) the same nodes are framed again, unless the reader has moved the camera since.
 */
interface Framing {
  nodes: readonly string[] | "all";
  state: CameraState | null;
}

function framedNodes(sigma: ExplorerSigma, framing: Framing): string[] {
  const graph = sigma.getGraph();
  return framing.nodes === "all" ? graph.nodes() : framing.nodes.filter((node) => graph.hasNode(node));
}

/** Frames the nodes with their labels (zooming in or out); returns where the camera ends up. */
function frame(sigma: ExplorerSigma, nodes: readonly string[], duration: number): CameraState | null {
  // The margin is kept clear of the hint line too: a node drawn under it is half hidden.
  const target = nodes.length ? cameraStateToFit(sigma, nodes, 24, overlayInsets(sigma.getContainer())) : null;
  if (!target) return null;
  const camera = sigma.getCamera();
  if (duration > 0) void camera.animate(target, { duration });
  else camera.setState(target);
  return target;
}

function carryOut(sigma: ExplorerSigma, request: CameraRequest, framing: Framing): void {
  const graph = sigma.getGraph();
  const camera = sigma.getCamera();
  if (request.kind === "focus") {
    const target = graph.hasNode(request.node) ? sigma.getNodeDisplayData(request.node) : undefined;
    if (target)
      void camera.animate({ x: target.x, y: target.y, ratio: Math.min(camera.ratio, 1) }, { duration: DURATION * 2 });
    return;
  }
  // What changed (a result, an expansion, a path) fills the stage, labels and all.
  framing.nodes = request.nodes;
  framing.state = frame(sigma, framedNodes(sigma, framing), DURATION * 2);
}

const near = (a: CameraState, b: CameraState) =>
  Math.abs(a.x - b.x) < 1e-3 && Math.abs(a.y - b.y) < 1e-3 && Math.abs(a.ratio / b.ratio - 1) < 1e-3;

export function mountCameraController(
  sigma: ExplorerSigma,
  store: Store<AppState>,
  actions: Actions,
  toolbar: HTMLElement,
  sync: GraphSync,
): void {
  const camera = sigma.getCamera();
  camera.on("updated", (state) => actions.preferences.cameraMoved(state.ratio));
  const framing: Framing = { nodes: "all", state: null };
  const fitAll = () => {
    framing.nodes = "all";
    framing.state = frame(sigma, framedNodes(sigma, framing), DURATION);
  };
  toolbar.replaceChildren(
    button("Zoom in", "+", "zoom-in", () => void camera.animatedZoom({ duration: DURATION })),
    button("Zoom out", "−", "zoom-out", () => void camera.animatedUnzoom({ duration: DURATION })),
    button("Fit the whole graph", "⤢", "zoom-reset", fitAll),
  );
  toolbar.hidden = false;
  // A big first view is still being laid out in a worker: frame it once its positions are in.
  const first = sigma.getGraph();
  // A whole new picture is framed at once, every label inside the stage.
  const frameAnew = () => {
    freezeFrame(sigma);
    camera.setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    framing.nodes = "all";
    framing.state = frame(sigma, framedNodes(sigma, framing), 0);
  };
  // A first view still coming in slices is framed through onSynced (below): the feed's end reports a whole picture.
  if (!sync.feeding()) {
    if (isBigGraph(first.order, first.size)) sync.whenSettled(frameAnew);
    else if (first.order > 0) frameAnew();
  }
  sync.onSynced((_arrived, fullLayout) => {
    const { order, size } = sigma.getGraph();
    // A big picture is framed once the worker's layout has placed it, not on its starting spiral.
    if (fullLayout && isBigGraph(order, size)) sync.whenSettled(frameAnew);
    else if (fullLayout) frameAnew();
    else if (sigma.getCustomBBox() === null && sigma.getGraph().order > 0) freezeFrame(sigma);
  });
  // Requests wait for the layout to settle the newcomers, so the camera goes where they end up.
  store.watch(
    (s) => s.camera.request,
    (request) => {
      if (request) requestAnimationFrame(() => sync.whenSettled(() => carryOut(sigma, request, framing)));
    },
  );
  // A panel opened or closed, a phone turned: frame the same nodes in the new stage, unless the reader has moved.
  let size = sigma.getDimensions();
  new ResizeObserver(() =>
    requestAnimationFrame(() => {
      sigma.resize();
      const now = sigma.getDimensions();
      if (now.width === size.width && now.height === size.height) return;
      size = now;
      const moved = framing.state !== null && !camera.isAnimated() && !near(camera.getState(), framing.state);
      if (framing.state === null || moved || now.width === 0 || now.height === 0) return;
      // A big graph is refitted at once: each frame of an animation redraws every edge (over a second at 500,000
      // edges in software WebGL), and the resized canvases need one full frame anyway.
      const { order, size: edges } = sigma.getGraph();
      framing.state = frame(sigma, framedNodes(sigma, framing), isBigGraph(order, edges) ? 0 : DURATION);
    }),
  ).observe(sigma.getContainer());
  store.watch(
    (s) => s.selection.selected,
    (node) => {
      if (node === null || !sigma.getGraph().hasNode(node) || isOnScreen(sigma, node)) return;
      const target = sigma.getNodeDisplayData(node);
      if (target) void camera.animate({ x: target.x, y: target.y }, { duration: DURATION * 2 });
    },
  );
}

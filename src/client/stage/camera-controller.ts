// Zoom buttons, zoom-level tracking for edge labels, framing, and carrying out camera requests
// (centre on a node, bring a group into view).
import { fitViewportToNodes, getCameraStateToFitViewportToNodes } from "@sigma/utils";
import type Sigma from "sigma";
import type { AppState, Actions } from "../core/store/index.ts";
import type { CameraRequest } from "../core/camera/index.ts";
import { h } from "../lib/dom.ts";
import type { Store } from "../lib/create-store.ts";
import type { GraphSync } from "./graph-sync.ts";
import type { ExplorerSigma } from "./sigma-stage.ts";
import { isBigGraph } from "../lib/layout/index.ts";

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

/** @sigma/utils is typed for attribute-less graphs; it only reads positions, which ours have. */
const untyped = (sigma: ExplorerSigma) => sigma as unknown as Sigma;

function carryOut(sigma: ExplorerSigma, request: CameraRequest): void {
  const graph = sigma.getGraph();
  const camera = sigma.getCamera();
  if (request.kind === "focus") {
    const target = graph.hasNode(request.node) ? sigma.getNodeDisplayData(request.node) : undefined;
    if (target)
      void camera.animate({ x: target.x, y: target.y, ratio: Math.min(camera.ratio, 1) }, { duration: DURATION * 2 });
    return;
  }
  const nodes = request.nodes.filter((node) => graph.hasNode(node));
  if (nodes.length === 0 || nodes.every((node) => isOnScreen(sigma, node))) return;
  const fit = getCameraStateToFitViewportToNodes(untyped(sigma), nodes);
  // Never zoom in further than the reader already is: only zoom out (and pan) to fit.
  void camera.animate({ ...fit, ratio: Math.max(fit.ratio * 1.15, camera.ratio) }, { duration: DURATION * 2 });
}

export function mountCameraController(
  sigma: ExplorerSigma,
  store: Store<AppState>,
  actions: Actions,
  toolbar: HTMLElement,
  sync: GraphSync,
): void {
  const camera = sigma.getCamera();
  camera.on("updated", (state) => actions.preferences.cameraMoved(state.ratio));
  const fitAll = () => {
    const nodes = sigma.getGraph().nodes();
    if (nodes.length > 0) void fitViewportToNodes(untyped(sigma), nodes, { animate: DURATION > 0 });
  };
  toolbar.replaceChildren(
    button("Zoom in", "+", "zoom-in", () => void camera.animatedZoom({ duration: DURATION })),
    button("Zoom out", "−", "zoom-out", () => void camera.animatedUnzoom({ duration: DURATION })),
    button("Fit the whole graph", "⤢", "zoom-reset", fitAll),
  );
  toolbar.hidden = false;
  // A big first view is still being laid out in a worker: frame it once its positions are in.
  const first = sigma.getGraph();
  if (isBigGraph(first.order, first.size)) sync.whenSettled(() => freezeFrame(sigma));
  else if (first.order > 0) freezeFrame(sigma);
  sync.onSynced((_arrived, fullLayout) => {
    if (fullLayout) {
      freezeFrame(sigma);
      camera.setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    } else if (sigma.getCustomBBox() === null && sigma.getGraph().order > 0) freezeFrame(sigma);
  });
  // Requests wait for the layout to settle the newcomers, so the camera goes where they end up.
  store.watch(
    (s) => s.camera.request,
    (request) => {
      if (request) requestAnimationFrame(() => sync.whenSettled(() => carryOut(sigma, request)));
    },
  );
  store.watch(
    (s) => s.selection.selected,
    (node) => {
      if (node === null || !sigma.getGraph().hasNode(node) || isOnScreen(sigma, node)) return;
      const target = sigma.getNodeDisplayData(node);
      if (target) void camera.animate({ x: target.x, y: target.y }, { duration: DURATION * 2 });
    },
  );
}

// Zoom buttons, zoom-level tracking for edge labels, and bringing a panel-selected node into view.
import type { AppState, Actions } from "../core/app/index.ts";
import { h } from "../lib/dom.ts";
import type { Store } from "../lib/create-store.ts";
import type { ExplorerSigma } from "./sigma-stage.ts";

const DURATION = matchMedia("(prefers-reduced-motion: reduce)").matches ? 0 : 300;

function button(label: string, text: string, testid: string, onClick: () => void): HTMLButtonElement {
  const element = h("button", { type: "button", class: "icon-button", "aria-label": label, title: label, "data-testid": testid }, text);
  element.addEventListener("click", onClick);
  return element;
}

function isOnScreen(sigma: ExplorerSigma, node: string): boolean {
  const { x, y } = sigma.graphToViewport(sigma.getGraph().getNodeAttributes(node));
  const { width, height } = sigma.getDimensions();
  return x > 40 && y > 40 && x < width - 40 && y < height - 40;
}

export function mountCameraController(sigma: ExplorerSigma, store: Store<AppState>, actions: Actions, toolbar: HTMLElement): void {
  const camera = sigma.getCamera();
  camera.on("updated", (state) => actions.view.cameraMoved(state.ratio));
  toolbar.replaceChildren(
    button("Zoom in", "+", "zoom-in", () => void camera.animatedZoom({ duration: DURATION })),
    button("Zoom out", "−", "zoom-out", () => void camera.animatedUnzoom({ duration: DURATION })),
    button("Fit the whole graph", "⤢", "zoom-reset", () => void camera.animatedReset({ duration: DURATION })),
  );
  toolbar.hidden = false;
  store.watch(
    (s) => s.selection.selected,
    (node) => {
      if (node === null || !sigma.getGraph().hasNode(node) || isOnScreen(sigma, node)) return;
      const target = sigma.getNodeDisplayData(node);
      if (target) void camera.animate({ x: target.x, y: target.y }, { duration: DURATION * 2 });
    },
  );
}

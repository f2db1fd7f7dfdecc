// Arrow keys on the focused stage move the selection from node to neighbour (core/selection/neighbour-step.ts).
import type { Actions, AppState } from "../core/store/index.ts";
import { isArrowKey, type Placed } from "../core/selection/index.ts";
import type { Store } from "../lib/create-store.ts";
import type { ExplorerSigma } from "./sigma-stage.ts";

function placed(sigma: ExplorerSigma, key: string): Placed | null {
  const data = sigma.getNodeDisplayData(key);
  if (!data || data.hidden) return null;
  const p = sigma.framedGraphToViewport(data);
  return { key, x: p.x, y: p.y };
}

export function mountKeyboardNavigation(sigma: ExplorerSigma, store: Store<AppState>, actions: Actions): void {
  const stage = sigma.getContainer();
  stage.setAttribute(
    "aria-label",
    "Graph. Arrow keys move between a node and its neighbours; with a node selected, Enter expands it, Delete hides it.",
  );
  stage.addEventListener("keydown", (event) => {
    // Presentation mode owns the arrows (they step the story).
    if (!isArrowKey(event.key) || event.altKey || event.ctrlKey || event.metaKey) return;
    if (store.get().presentation.active) return;
    const graph = sigma.getGraph();
    const selected = store.get().selection.selected;
    const from = selected !== null && graph.hasNode(selected) ? placed(sigma, selected) : null;
    const neighbours = from ? graph.neighbors(from.key).flatMap((n) => placed(sigma, n) ?? []) : [];
    const visible = from ? [] : graph.nodes().flatMap((n) => placed(sigma, n) ?? []);
    const { width, height } = sigma.getDimensions();
    actions.selection.arrow(event.key, {
      selected: from,
      neighbours,
      visible,
      centre: { x: width / 2, y: height / 2 },
    });
    event.preventDefault();
  });
}

// The side panel for the selected node: opens on selection, closes on clear, keeps keyboard focus sensible.
import type { AppState, Actions } from "../core/app/index.ts";
import type { ExplorerGraph } from "../core/graph/index.ts";
import { h } from "../lib/dom.ts";
import type { Store } from "../lib/create-store.ts";
import { renderDetailsHeader } from "./details-header.ts";
import { renderRelationships } from "./relationship-list.ts";

export function mountDetailsPanel(panel: HTMLElement, graph: ExplorerGraph, store: Store<AppState>, actions: Actions): void {
  const render = () => {
    const { selection, detail, view } = store.get();
    const key = selection.selected;
    const open = key !== null && graph.hasNode(key);
    // Re-rendering removes the focused button; remember to put focus back inside the panel.
    const hadFocus = panel.contains(document.activeElement);
    panel.hidden = !open;
    document.body.classList.toggle("panel-open", open);
    if (!open) {
      delete panel.dataset.nodeId;
      return panel.replaceChildren();
    }
    // Language switches and late detail answers redraw the same node: keep the reader's place.
    const scroll = panel.dataset.nodeId === key ? panel.scrollTop : 0;
    const close = h("button", { type: "button", class: "icon-button close", "aria-label": "Close details", "data-testid": "close-details" }, "×");
    close.addEventListener("click", () => actions.selection.clear());
    panel.dataset.nodeId = key;
    panel.replaceChildren(
      close,
      renderDetailsHeader(key, graph.getNodeAttributes(key), view.language),
      // The loader may not have caught up with a brand-new selection yet; never show another node's data.
      renderRelationships(detail.status !== "idle" && detail.nodeId === key ? detail : { status: "loading", nodeId: key }, {
        language: view.language,
        isSelectable: (id) => graph.hasNode(id),
        onSelect: (id) => actions.selection.select(id),
      }),
    );
    panel.scrollTop = scroll;
    if (hadFocus) panel.querySelector<HTMLElement>("#details-title")?.focus({ preventScroll: scroll > 0 });
  };
  render();
  store.watch((s) => s.selection.selected, render);
  store.watch((s) => s.detail, render);
  store.watch((s) => s.view.language, render);
}

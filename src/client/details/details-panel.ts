// The side panel for the selected node: opens on selection, closes on clear, keeps keyboard focus sensible.
import type { AppState, Actions } from "../core/store/index.ts";
import type { ExplorerGraph } from "../lib/graph/index.ts";
import { h } from "../lib/dom.ts";
import type { Store } from "../lib/create-store.ts";
import { raisePanel } from "../panels/panel-dock.ts";
import { renderDetailsHeader } from "./details-header.ts";
import { renderNodeActions, type NodeActionsDeps } from "./node-actions.ts";
import { renderRelationships } from "./relationship-list.ts";

export interface DetailsPanelDeps extends NodeActionsDeps {
  /** Opens a node that is not in view (a relationship's other end): adds it, then selects it. */
  open(id: string): void;
}

export function mountDetailsPanel(
  panel: HTMLElement,
  graph: ExplorerGraph,
  store: Store<AppState>,
  actions: Actions,
  deps: DetailsPanelDeps,
): void {
  const headerSlot = h("div", { class: "details-slot" });
  const actionsSlot = h("div", { class: "details-slot" });
  const relationsSlot = h("div", { class: "details-slot" });
  let tools: ReturnType<typeof renderNodeActions> | null = null;
  let toolsFor = "";

  const render = () => {
    const { selection, detail, preferences, perspective } = store.get();
    const key = selection.selected;
    const open = key !== null && graph.hasNode(key);
    // Re-rendering removes the focused element; remember to put focus back inside the panel.
    const hadFocus = headerSlot.contains(document.activeElement) || relationsSlot.contains(document.activeElement);
    panel.hidden = !open;
    document.body.classList.toggle("panel-open", open);
    if (!open) {
      delete panel.dataset.nodeId;
      tools = null;
      toolsFor = "";
      return panel.replaceChildren();
    }
    // Language switches and late detail answers redraw the same node: keep the reader's place.
    const sameNode = panel.dataset.nodeId === key;
    const scroll = sameNode ? panel.scrollTop : 0;
    if (!sameNode) {
      const close = h(
        "button",
        { type: "button", class: "icon-button close", "aria-label": "Close details", "data-testid": "close-details" },
        "×",
      );
      close.addEventListener("click", () => actions.selection.clear());
      panel.replaceChildren(close, headerSlot, actionsSlot, relationsSlot);
      // A node clicked while another panel is in front: its details come forward.
      raisePanel(panel);
    }
    panel.dataset.nodeId = key;
    headerSlot.replaceChildren(
      renderDetailsHeader(key, graph.getNodeAttributes(key), preferences.language, perspective.current),
    );
    // The loader may not have caught up with a brand-new selection yet; never show another node's data.
    const current =
      detail.status !== "idle" && detail.nodeId === key ? detail : { status: "loading" as const, nodeId: key };
    const loaded = current.status === "ready" ? current.detail : null;
    // The tools are rebuilt only for a new node or when its relationships arrive, so ticked filters and focus survive.
    const toolsKey = `${key}|${loaded ? "ready" : "pending"}`;
    if (toolsKey !== toolsFor) {
      tools = renderNodeActions(key, loaded, deps);
      toolsFor = toolsKey;
      actionsSlot.replaceChildren(tools.element);
    }
    relationsSlot.replaceChildren(
      renderRelationships(current, {
        language: preferences.language,
        perspective: perspective.current,
        isSelectable: () => true,
        onSelect: (id) => (graph.hasNode(id) ? actions.selection.select(id) : deps.open(id)),
      }),
    );
    panel.scrollTop = scroll;
    if (hadFocus) panel.querySelector<HTMLElement>("#details-title")?.focus({ preventScroll: scroll > 0 });
  };
  render();
  store.watch((s) => s.selection.selected, render);
  store.watch((s) => s.detail, render);
  store.watch((s) => s.preferences.language, render);
  store.watch((s) => s.perspective.current, render);
  // A hidden or collapsed selection closes the panel; everything else only refreshes the tools.
  store.watch(
    (s) => s.scene,
    () =>
      store.get().selection.selected !== null && !graph.hasNode(store.get().selection.selected!)
        ? actions.selection.clear()
        : tools?.update(),
  );
  store.watch(
    (s) => s.pins,
    () => tools?.update(),
  );
  store.watch(
    (s) => s.activity.pending,
    () => tools?.update(),
  );
}

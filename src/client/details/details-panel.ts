// The side panel for the selected node: opens on selection, closes on clear, keeps keyboard focus sensible.
import type { AppState, Actions } from "../core/store/index.ts";
import type { ExplorerGraph } from "../lib/graph/index.ts";
import { h } from "../lib/dom.ts";
import type { Store } from "../lib/create-store.ts";
import { raisePanel } from "../panels/panel-dock.ts";
import { renderDetailsHeader } from "./details-header.ts";
import { renderNodeActions, type NodeActionsDeps } from "./node-actions.ts";
import { renderRelationships } from "./relationship-list.ts";
import { nodeKey, type NoteTarget } from "../../shared/index.ts";
import type { NotesView } from "./notes-view.ts";
import type { NoteCommands } from "./note-commands.ts";

export interface DetailsPanelDeps extends NodeActionsDeps {
  /** Opens a node that is not in view (a relationship's other end): adds it, then selects it. */
  open(id: string): void;
  /** People's notes on the node and its relationships: shown beside the facts, never mixed into them. */
  notes: { view: NotesView; commands: NoteCommands };
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
  const notesSlot = h("div", { class: "details-slot" });
  const relationsSlot = h("div", { class: "details-slot" });
  let tools: ReturnType<typeof renderNodeActions> | null = null;
  let toolsFor = "";

  const render = () => {
    const { selection, detail, preferences, perspective } = store.get();
    const key = selection.selected;
    const open = key !== null && graph.hasNode(key);
    // Re-rendering removes the focused element; remember to put focus back inside the panel.
    const hadFocus = headerSlot.contains(document.activeElement) || relationsSlot.contains(document.activeElement);
    // A note being typed keeps its focus: its form is the same element after the redraw.
    const typing = panel.querySelector(".note-form")?.contains(document.activeElement)
      ? (document.activeElement as HTMLElement)
      : null;
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
      panel.replaceChildren(close, headerSlot, actionsSlot, notesSlot, relationsSlot);
      deps.notes.view.reset();
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
    // Notes hang on the node's key (its slug when it has one, so they outlive a reload of the data) and on
    // relationships' element ids; asked for once the detail names them.
    const nodeTarget: NoteTarget | null = loaded ? { kind: "node", id: nodeKey(loaded.node) } : null;
    if (loaded && nodeTarget)
      deps.notes.commands.load([
        nodeTarget,
        ...loaded.relationships.map((r) => ({ kind: "relationship" as const, id: r.relationship.id })),
      ]);
    notesSlot.replaceChildren(
      ...(nodeTarget
        ? [
            h(
              "section",
              { class: "node-notes", "aria-labelledby": "notes-title", "data-testid": "node-notes" },
              h("h3", { id: "notes-title" }, "Notes"),
              deps.notes.view.section(nodeTarget),
            ),
          ]
        : []),
    );
    relationsSlot.replaceChildren(
      renderRelationships(current, {
        language: preferences.language,
        perspective: perspective.current,
        isSelectable: () => true,
        onSelect: (id) => (graph.hasNode(id) ? actions.selection.select(id) : deps.open(id)),
        notes: (id) => deps.notes.view.section({ kind: "relationship", id }, { compact: true }),
      }),
    );
    panel.scrollTop = scroll;
    if (typing?.isConnected) typing.focus({ preventScroll: true });
    else if (hadFocus) panel.querySelector<HTMLElement>("#details-title")?.focus({ preventScroll: scroll > 0 });
  };
  render();
  store.watch((s) => s.selection.selected, render);
  store.watch((s) => s.detail, render);
  store.watch((s) => s.preferences.language, render);
  store.watch((s) => s.perspective.current, render);
  store.watch((s) => s.notes, render);
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

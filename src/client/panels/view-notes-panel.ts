// The "View notes" panel: notes on the view the link shows; a link opened with notes on its view opens the panel.
import type { NoteTarget } from "../../shared/index.ts";
import type { AppState } from "../core/store/index.ts";
import { notesOf } from "../core/notes/index.ts";
import type { Catalog } from "../lib/catalog/index.ts";
import { h } from "../lib/dom.ts";
import type { Store } from "../lib/create-store.ts";
import { viewIdOf } from "../lib/url-state/index.ts";
import { linkViewOf } from "../app/url-sync.ts";
import { createNotesView } from "../details/notes-view.ts";
import type { NoteCommands } from "../details/note-commands.ts";

/** How long after the first view is drawn its link still counts as "just opened" (a path or a scene arriving late). */
const OPENING_MS = 10_000;

export function mountViewNotesPanel(
  body: HTMLElement,
  store: Store<AppState>,
  catalog: Catalog,
  commands: NoteCommands,
  open: () => void,
): void {
  // A view of its own: the details panel forgetting its forms on a new node never touches this one's.
  const view = createNotesView(store, commands);
  const about = h(
    "p",
    { class: "muted" },
    "Notes on this view (its nodes, path, filters and date): whoever opens the same link sees them.",
  );
  const slot = h("div", { "data-testid": "view-notes" });
  body.append(about, slot);
  let shown = "";
  // The link's own view, once it is on the stage: its notes, if any, bring the panel forward once.
  let openingUntil: number | null = null;

  const target = (): NoteTarget | null => {
    const state = store.get();
    if (state.data.status !== "ready" || state.scene.nodes.length === 0) return null;
    return { kind: "view", id: viewIdOf(linkViewOf(state, catalog)) };
  };
  const render = () => {
    const t = target();
    if (!t) return;
    commands.load([t]);
    openingUntil ??= Date.now() + OPENING_MS;
    if (Date.now() < openingUntil && notesOf(store.get().notes, t).length > 0) {
      openingUntil = 0;
      open();
    }
    if (t.id !== shown) view.reset();
    shown = t.id;
    slot.dataset.viewId = t.id;
    slot.replaceChildren(view.section(t));
  };
  store.watch((s) => s.scene, render);
  store.watch((s) => s.paths, render);
  store.watch((s) => s.filter, render);
  store.watch((s) => s.time, render);
  store.watch((s) => s.notes, render);
  store.watch((s) => s.data.status, render);
}

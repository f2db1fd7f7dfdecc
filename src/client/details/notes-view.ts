// A target's notes (text, who, when) and a small form to add one, for the details panel and the path finder.
import type { Note, NoteTarget } from "../../shared/index.ts";
import { NOTE_AUTHOR_MAX, NOTE_TEXT_MAX, noteTargetKey } from "../../shared/index.ts";
import type { AppState } from "../core/store/index.ts";
import { notesOf } from "../core/notes/index.ts";
import { h } from "../lib/dom.ts";
import type { Store } from "../lib/create-store.ts";
import type { NoteCommands } from "./note-commands.ts";

const WHEN = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });

function noteItem(note: Note): HTMLElement {
  const when = new Date(note.createdAt);
  return h(
    "li",
    { class: "note", "data-testid": "note", "data-note-id": note.id },
    h("p", { class: "note-text" }, note.text),
    h(
      "p",
      { class: "note-by muted" },
      "— ",
      h("span", { class: "note-author", "data-testid": "note-author" }, note.author),
      ", ",
      h("time", { datetime: note.createdAt, "data-testid": "note-time" }, WHEN.format(when)),
    ),
  );
}

function noteForm(target: NoteTarget, store: Store<AppState>, commands: NoteCommands): HTMLElement {
  const text = h("textarea", {
    class: "note-input",
    rows: 2,
    maxlength: NOTE_TEXT_MAX,
    required: true,
    "aria-label": "Note",
    placeholder: "Add a note (kept apart from the facts)",
    "data-testid": "note-text",
  });
  const author = h("input", {
    type: "text",
    class: "note-author-input",
    maxlength: NOTE_AUTHOR_MAX,
    required: true,
    "aria-label": "Your name",
    placeholder: "Your name",
    autocomplete: "name",
    "data-testid": "note-author-input",
  });
  author.value = store.get().notes.author;
  const submit = h("button", { type: "submit", class: "tool-button", "data-testid": "note-add" }, "Add note");
  const status = h("p", { class: "note-status", role: "status", "data-testid": "note-status" });
  const form = h(
    "form",
    { class: "note-form", "data-testid": "note-form" },
    text,
    h("div", { class: "note-form-row" }, author, submit),
    status,
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    submit.disabled = true;
    status.textContent = "Saving…";
    void commands.add(target, text.value, author.value).then((problem) => {
      submit.disabled = false;
      status.textContent = problem ?? "";
      status.classList.toggle("notice-error", problem !== null);
      if (problem === null) text.value = "";
    });
  });
  return form;
}

export interface NotesView {
  /** The notes on `target` and, where the server can save, a form for one more; `compact` folds the form away. */
  section(target: NoteTarget, options?: { compact?: boolean }): HTMLElement;
  /** Forgets kept forms (a new node in the panel): their half-typed text belonged to the old one. */
  reset(): void;
}

/**
 * Forms are kept per target across redraws (a late answer, a language switch, another note arriving), so text being
 * typed is never lost; the list of notes is drawn afresh from the state each time.
 */
export function createNotesView(store: Store<AppState>, commands: NoteCommands): NotesView {
  const forms = new Map<string, HTMLElement>();
  return {
    reset: () => forms.clear(),
    section(target, { compact = false } = {}) {
      const { notes: state } = store.get();
      const notes = notesOf(state, target);
      const key = noteTargetKey(target);
      const box = h("div", { class: "notes", "data-testid": "notes", "data-target": key });
      if (notes.length > 0) box.append(h("ol", { class: "note-list" }, ...notes.map(noteItem)));
      if (state.writable === null) return box;
      if (!state.writable) {
        if (!compact) box.append(h("p", { class: "muted note-offline" }, "Adding a note needs the explorer's server."));
        return box;
      }
      let form = forms.get(key);
      if (!form) {
        form = noteForm(target, store, commands);
        forms.set(key, form);
      }
      if (!compact) box.append(form);
      else {
        const fold = h(
          "details",
          { class: "note-fold" },
          h("summary", { "data-testid": "note-open" }, notes.length ? "Add a note" : "Note"),
        );
        fold.append(form);
        // Open while its form is being used, so a redraw keeps it open.
        if (form.contains(document.activeElement) || form.dataset.open === "true") fold.open = true;
        fold.addEventListener("toggle", () => (form.dataset.open = String(fold.open)));
        box.append(fold);
      }
      return box;
    },
  };
}

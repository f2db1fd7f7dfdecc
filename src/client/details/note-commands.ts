// Fetches the notes of what the panels show (a node and its relationships, a route's hops) and adds new ones.
import type { ApiClient } from "../api/index.ts";
import { describeFailure } from "../api/index.ts";
import { noteTargetKey, type NoteTarget } from "../../shared/index.ts";
import type { Actions } from "../core/store/index.ts";
import { NOTE_AUTHOR_STORAGE_KEY } from "../core/notes/index.ts";

export interface NoteCommands {
  /** Asks for the notes on these targets (once per target and page load, unless `again`). */
  load(targets: readonly NoteTarget[], again?: boolean): void;
  /** Saves a note; resolves with null when saved, else the reason in words (offline, too long, unknown target). */
  add(target: NoteTarget, text: string, author: string): Promise<string | null>;
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // storage blocked: the name lasts for this visit only
  }
}

export function createNoteCommands(source: ApiClient, actions: Actions): NoteCommands {
  actions.notes.setAuthor(storage()?.getItem(NOTE_AUTHOR_STORAGE_KEY) ?? "");
  const asked = new Set<string>();
  return {
    load(targets, again = false) {
      const wanted = targets.filter((t) => again || !asked.has(noteTargetKey(t)));
      if (wanted.length === 0) return;
      for (const t of wanted) asked.add(noteTargetKey(t));
      source.call("notesFor", { body: { targets: wanted } }).then(
        (answer) => actions.notes.received(wanted, answer.notes, answer.writable),
        // Notes are an addition: a failed lookup leaves the facts shown and is retried on the next look.
        () => wanted.forEach((t) => asked.delete(noteTargetKey(t))),
      );
    },
    async add(target, text, author) {
      try {
        const note = await source.call("addNote", { body: { target, text, author } });
        actions.notes.added(note);
        actions.notes.setAuthor(note.author);
        storage()?.setItem(NOTE_AUTHOR_STORAGE_KEY, note.author);
        return null;
      } catch (error) {
        const failure = describeFailure(error);
        return failure.message;
      }
    },
  };
}

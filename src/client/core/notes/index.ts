// Notes: state, transitions and actions.
import { sliceUpdater, type Store } from "../../lib/create-store.ts";
import type { Note, NoteTarget } from "../../../shared/index.ts";
import type { NotesState } from "./types.ts";
import { addNote, receiveNotes, setAuthor } from "./transitions.ts";

export * from "./types.ts";
export * from "./transitions.ts";

export function createNotesActions<S extends { notes: NotesState }>(store: Store<S>) {
  const apply = sliceUpdater<"notes", NotesState, S>(store, "notes");
  return {
    received: (asked: readonly NoteTarget[], notes: readonly Note[], writable: boolean) =>
      apply((s) => receiveNotes(s, asked, notes, writable)),
    added: (note: Note) => apply((s) => addNote(s, note)),
    setAuthor: (author: string) => apply((s) => setAuthor(s, author)),
  };
}
export type NotesActions = ReturnType<typeof createNotesActions>;

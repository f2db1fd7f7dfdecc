// The notes the page knows of, by target, whether it may add more, and the name notes are signed with.
import type { Note } from "../../../shared/index.ts";

export interface NotesState {
  /** Notes by target key (`node:jack-ma`), oldest first; a key present with [] was asked and has none. */
  byTarget: Readonly<Record<string, readonly Note[]>>;
  /** False offline: notes are shown, and a line says adding one needs the server. Null until the first answer. */
  writable: boolean | null;
  /** The name typed once and remembered (localStorage), signing each new note. */
  author: string;
}

export const INITIAL_NOTES: NotesState = { byTarget: {}, writable: null, author: "" };

/** localStorage key of the remembered author name. */
export const NOTE_AUTHOR_STORAGE_KEY = "kg-explorer.note-author";

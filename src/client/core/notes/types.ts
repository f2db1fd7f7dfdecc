// The notes the page knows of, by target, whether it may add more, and the name notes are signed with.
import type { Note } from "../../../shared/index.ts";

export interface NotesState {
  /** Notes by target key (`node:jack-ma`), oldest first; a key present with [] was asked and has none. */
  byTarget: Readonly<Record<string, readonly Note[]>>;
  /** False offline (or before the first answer): notes are shown, the form says adding needs the server. */
  writable: boolean;
  /** The name typed once and remembered (localStorage), signing each new note. */
  author: string;
}

export const INITIAL_NOTES: NotesState = { byTarget: {}, writable: false, author: "" };

/** localStorage key of the remembered author name. */
export const NOTE_AUTHOR_STORAGE_KEY = "kg-explorer.note-author";

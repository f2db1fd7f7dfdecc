// Pure notes transitions: answers of a lookup, a note just added, the author's name.
import { noteTargetKey, type Note, type NoteTarget } from "../../../shared/index.ts";
import type { NotesState } from "./types.ts";

/** A lookup's answer: every asked target gets its notes (none is an answer too), others stay as they were. */
export function receiveNotes(
  state: NotesState,
  asked: readonly NoteTarget[],
  notes: readonly Note[],
  writable: boolean,
): NotesState {
  const byTarget: Record<string, Note[]> = { ...state.byTarget } as Record<string, Note[]>;
  for (const target of asked) byTarget[noteTargetKey(target)] = [];
  for (const note of notes) byTarget[noteTargetKey(note.target)]?.push(note);
  return { ...state, byTarget, writable };
}

/** A note the server saved: shown at once, last of its target's (a repeat of the same id is ignored). */
export function addNote(state: NotesState, note: Note): NotesState {
  const key = noteTargetKey(note.target);
  const list = state.byTarget[key] ?? [];
  if (list.some((n) => n.id === note.id)) return state;
  return { ...state, byTarget: { ...state.byTarget, [key]: [...list, note] } };
}

export function setAuthor(state: NotesState, author: string): NotesState {
  const name = author.trim();
  return name === state.author ? state : { ...state, author: name };
}

export const notesOf = (state: NotesState, target: NoteTarget): readonly Note[] =>
  state.byTarget[noteTargetKey(target)] ?? [];

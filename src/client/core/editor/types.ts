// Run history of typed-in Cypher, newest first, kept in localStorage.
export interface HistoryEntry {
  query: string;
  /** ISO time of the run. */
  at: string;
  /** "ok: 12 rows", "error: ..." — a short outcome to tell runs apart. */
  outcome: string;
}

export interface EditorState {
  history: HistoryEntry[];
  /** The editor's text as typed (it rides in the link); null until typed or opened from a link. */
  text: string | null;
}

export const INITIAL_EDITOR: EditorState = { history: [], text: null };
export const HISTORY_LIMIT = 50;
export const HISTORY_STORAGE_KEY = "kg-explorer.cypher-history";

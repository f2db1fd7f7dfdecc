// Pure run-history bookkeeping and a tolerant reader for what localStorage holds.
import { HISTORY_LIMIT, type EditorState, type HistoryEntry } from "./types.ts";

/** Newest first; running the same text again moves it to the top instead of listing it twice. */
export function addToHistory(history: readonly HistoryEntry[], entry: HistoryEntry, limit = HISTORY_LIMIT): HistoryEntry[] {
  const query = entry.query.trim();
  return [{ ...entry, query }, ...history.filter((h) => h.query.trim() !== query)].slice(0, limit);
}

export function recordRun(state: EditorState, entry: HistoryEntry): EditorState {
  return { ...state, history: addToHistory(state.history, entry) };
}

/** Anything malformed (another version, a hand edit) is dropped rather than breaking the page. */
export function parseHistory(text: string | null): HistoryEntry[] {
  if (!text) return [];
  try {
    const value: unknown = JSON.parse(text);
    if (!Array.isArray(value)) return [];
    return value
      .filter((e): e is HistoryEntry => typeof e === "object" && e !== null && typeof e.query === "string" && typeof e.at === "string" && typeof e.outcome === "string")
      .slice(0, HISTORY_LIMIT);
  } catch {
    return [];
  }
}

// Pure run-history bookkeeping and a tolerant reader for what localStorage holds.
import { HISTORY_LIMIT, type EditorState, type HistoryEntry } from "./types.ts";

/** Newest first; running the same text again moves it to the top instead of listing it twice. */
export function addToHistory(
  history: readonly HistoryEntry[],
  entry: HistoryEntry,
  limit = HISTORY_LIMIT,
): HistoryEntry[] {
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
      .filter(
        (e): e is HistoryEntry =>
          typeof e === "object" &&
          e !== null &&
          typeof e.query === "string" &&
          typeof e.at === "string" &&
          typeof e.outcome === "string",
      )
      .slice(0, HISTORY_LIMIT);
  } catch {
    return [];
  }
}

/**
 * The text range to mark for an error Neo4j reports at 1-based `line`/`column`: the word starting there,
 * or one character; clamped into the text so a position past the end still marks something visible.
 */
export function errorRange(text: string, position: { line: number; column: number }): { from: number; to: number } {
  const lines = text.split("\n");
  const lineIndex = Math.min(Math.max(position.line, 1), lines.length) - 1;
  const lineStart = lines.slice(0, lineIndex).reduce((sum, l) => sum + l.length + 1, 0);
  const lineText = lines[lineIndex] ?? "";
  const column = Math.min(Math.max(position.column, 1) - 1, lineText.length);
  const word = /^[\p{L}\p{N}_$]+/u.exec(lineText.slice(column))?.[0].length ?? 0;
  if (word > 0) return { from: lineStart + column, to: lineStart + column + word };
  if (column < lineText.length) return { from: lineStart + column, to: lineStart + column + 1 };
  // At the end of a line (a missing token): mark the last character before it.
  return { from: Math.max(lineStart, lineStart + column - 1), to: lineStart + column };
}

/**
 * Neo4j's syntax errors list every token it would have accepted; the headline is what a person needs first,
 * the list can wait behind a disclosure. The position suffix is dropped: the editor shows line and column itself.
 */
export function splitCypherMessage(message: string): { headline: string; expected: string | null } {
  const text = message.replace(/\s*\(line \d+, column \d+(?: \(offset: \d+\))?\)\s*$/, "");
  const m = /^(.*?):\s*expected\s+(.+)$/s.exec(text);
  return m ? { headline: `${m[1]!.trim()}.`, expected: m[2]!.trim() } : { headline: text, expected: null };
}

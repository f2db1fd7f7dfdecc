// The Cypher editor's run history: state, pure transitions and actions.
import { sliceUpdater, type Store } from "../../lib/create-store.ts";
import type { EditorState, HistoryEntry } from "./types.ts";
import { recordRun } from "./run-history.ts";

export * from "./types.ts";
export * from "./run-history.ts";

export function createEditorActions<S extends { editor: EditorState }>(store: Store<S>) {
  const apply = sliceUpdater<"editor", EditorState, S>(store, "editor");
  return {
    ran: (entry: HistoryEntry) => apply((s) => recordRun(s, entry)),
    restored: (history: HistoryEntry[]) => apply((s) => ({ ...s, history })),
    typed: (text: string | null) => apply((s) => (s.text === text ? s : { ...s, text })),
  };
}
export type EditorActions = ReturnType<typeof createEditorActions>;

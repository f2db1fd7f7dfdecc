// History: the snapshot stack and the actions that record and restore steps across slices.
import type { Store } from "../../lib/create-store.ts";
import type { HistoryState, Snapshot } from "./types.ts";
import { applySnapshot, commit, goTo, sameSnapshot, snapshotOf, startHistory, type Recordable } from "./transitions.ts";

export * from "./types.ts";
export * from "./transitions.ts";

export function createHistoryActions<S extends Recordable & { history: HistoryState }>(store: Store<S>) {
  return {
    /** The present view becomes the first entry. */
    start: (label: string) => store.update((s) => ({ ...s, history: startHistory(s.history, label, snapshotOf(s)) })),
    /**
     * Runs `change` (one or more actions) and records it as one step, if it changed anything. Pass
     * `before` when the step began earlier (a request went out) so back returns to that moment.
     */
    record(label: string, change: () => void, before: Snapshot = snapshotOf(store.get())): void {
      change();
      store.update((s) => {
        const after = snapshotOf(s);
        return sameSnapshot(before, after) ? s : { ...s, history: commit(s.history, before, label, after) };
      });
    },
    /** Restores entry `id` in one update; false when the stack does not hold it (e.g. after a reload). */
    restore(id: number): boolean {
      let found = false;
      store.update((s) => {
        const moved = goTo(s.history, id, snapshotOf(s));
        if (!moved) return s;
        found = true;
        return { ...applySnapshot(s, moved.snapshot), history: moved.history };
      });
      return found;
    },
  };
}
export type HistoryActions = ReturnType<typeof createHistoryActions>;

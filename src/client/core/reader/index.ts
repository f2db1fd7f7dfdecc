// The source reader's state: actions over its pure transitions.
import { sliceUpdater, type Store } from "../../lib/create-store.ts";
import type { ReaderState } from "./types.ts";
import { clearReader, pickSentence, setAvailable, showFact } from "./transitions.ts";

export * from "./types.ts";
export * from "./transitions.ts";

export function createReaderActions<S extends { reader: ReaderState }>(store: Store<S>) {
  const apply = sliceUpdater<"reader", ReaderState, S>(store, "reader");
  return {
    setAvailable: (available: boolean) => apply((s) => setAvailable(s, available)),
    pick: (start: number, facts: (starts: number[]) => string[], add = false) =>
      apply((s) => pickSentence(s, start, facts, add)),
    showFact: (fact: string) => apply((s) => showFact(s, fact)),
    clear: () => apply(clearReader),
  };
}
export type ReaderActions = ReturnType<typeof createReaderActions>;

// As-of view: the chosen date and how facts not yet true are drawn.
import { sliceUpdater, type Store } from "../../lib/create-store.ts";
import type { TimeState } from "./types.ts";
import { setAsOf, setHideNotYet } from "./transitions.ts";

export * from "./types.ts";
export * from "./transitions.ts";
export * from "./reducers.ts";

export function createTimeActions<S extends { time: TimeState }>(store: Store<S>) {
  const apply = sliceUpdater<"time", TimeState, S>(store, "time");
  return {
    setAsOf: (asOf: string | null) => apply((s) => setAsOf(s, asOf)),
    setHideNotYet: (hide: boolean) => apply((s) => setHideNotYet(s, hide)),
  };
}
export type TimeActions = ReturnType<typeof createTimeActions>;

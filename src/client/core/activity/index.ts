// Activity: loading notices and messages; state, transitions and actions.
import { sliceUpdater, type Store } from "../../lib/create-store.ts";
import type { ActivityState } from "./types.ts";
import { dismiss, finished, say, started } from "./transitions.ts";

export * from "./types.ts";
export * from "./transitions.ts";

export function createActivityActions<S extends { activity: ActivityState }>(store: Store<S>) {
  const apply = sliceUpdater<"activity", ActivityState, S>(store, "activity");
  return {
    started: (what: string) => apply((s) => started(s, what)),
    finished: (what: string, tone: "info" | "error", text: string) => apply((s) => finished(s, what, tone, text)),
    say: (tone: "info" | "error", text: string) => apply((s) => say(s, tone, text)),
    dismiss: () => apply(dismiss),
  };
}
export type ActivityActions = ReturnType<typeof createActivityActions>;

// Pins: state, transitions and actions.
import { sliceUpdater, type Store } from "../../lib/create-store.ts";
import type { PinsState } from "./types.ts";
import { setPinned } from "./transitions.ts";

export * from "./types.ts";
export * from "./transitions.ts";

export function createPinActions<S extends { pins: PinsState }>(store: Store<S>) {
  const apply = sliceUpdater<"pins", PinsState, S>(store, "pins");
  return {
    set: (key: string, pinned: boolean) => apply((s) => setPinned(s, key, pinned)),
    toggle: (key: string) => apply((s) => setPinned(s, key, !s.pinned.includes(key))),
  };
}
export type PinActions = ReturnType<typeof createPinActions>;

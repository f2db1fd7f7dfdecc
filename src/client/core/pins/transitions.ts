// Pure pin transitions.
import type { PinsState } from "./types.ts";

export function setPinned(state: PinsState, key: string, pinned: boolean): PinsState {
  if (state.pinned.includes(key) === pinned) return state;
  return { pinned: pinned ? [...state.pinned, key] : state.pinned.filter((k) => k !== key) };
}

export function isPinned(state: PinsState, key: string): boolean {
  return state.pinned.includes(key);
}

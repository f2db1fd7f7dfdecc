// Pure diff transitions: stepping through the changes wraps around; a step outside the list is no step.
import type { DiffState } from "./types.ts";

export const changeCount = (state: DiffState): number =>
  state.status === "ready" ? state.diff.nodes.length + state.diff.relationships.length : 0;

export function goToStep(state: DiffState, step: number | null): DiffState {
  if (state.status !== "ready") return state;
  const count = changeCount(state);
  const next = step === null || count === 0 ? null : ((step % count) + count) % count;
  return next === state.step ? state : { ...state, step: next };
}

export function moveStep(state: DiffState, by: 1 | -1): DiffState {
  if (state.status !== "ready") return state;
  if (state.step === null) return goToStep(state, by === 1 ? 0 : -1);
  return goToStep(state, state.step + by);
}

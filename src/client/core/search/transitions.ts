// Pure transitions of one search field (the ARIA combobox's model).
import type { SearchHit } from "../../../shared/index.ts";
import type { Failure } from "../data/index.ts";
import { EMPTY_FIELD, type FieldState } from "./types.ts";

export function typed(state: FieldState, query: string): FieldState {
  if (query.trim() === "") return { ...EMPTY_FIELD, query };
  if (query === state.query && state.status !== "idle") return state;
  return { ...state, query, status: "loading", active: -1, open: true, failure: null };
}

/** Hits for an older query than the one in the field arrive late and are dropped. */
export function resultsArrived(state: FieldState, query: string, hits: readonly SearchHit[]): FieldState {
  if (query !== state.query) return state;
  return { ...state, status: "ready", hits, active: hits.length > 0 ? 0 : -1, failure: null };
}

export function searchFailed(state: FieldState, query: string, failure: Failure): FieldState {
  if (query !== state.query) return state;
  return { ...state, status: "error", hits: [], active: -1, failure };
}

/** Arrow keys move through the options and wrap around; they reopen a closed list. */
export function moveActive(state: FieldState, delta: number): FieldState {
  const count = state.hits.length;
  if (count === 0) return state.open || state.status === "idle" ? state : { ...state, open: true };
  if (!state.open) return { ...state, open: true, active: state.active < 0 ? 0 : state.active };
  const next = state.active < 0 ? (delta > 0 ? 0 : count - 1) : (state.active + delta + count) % count;
  return next === state.active ? state : { ...state, active: next };
}

export function setActive(state: FieldState, index: number): FieldState {
  return index === state.active || index < -1 || index >= state.hits.length ? state : { ...state, active: index };
}

export function closeList(state: FieldState): FieldState {
  return state.open ? { ...state, open: false } : state;
}

export function openList(state: FieldState): FieldState {
  return state.open || state.status === "idle" ? state : { ...state, open: true };
}

/** After a choice the field shows the chosen name and the list closes. */
export function chosen(state: FieldState, text: string): FieldState {
  return { ...EMPTY_FIELD, query: text, hits: state.hits };
}

export function activeHit(state: FieldState): SearchHit | null {
  return state.open ? (state.hits[state.active] ?? null) : null;
}

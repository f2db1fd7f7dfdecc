// Pure library transitions.
import type { SavedQuery } from "../../../shared/index.ts";
import type { Failure } from "../data/index.ts";
import type { LibraryState, WorkbenchTab } from "./types.ts";

export function queriesRequested(state: LibraryState): LibraryState {
  return state.queries.status === "loading" ? state : { ...state, queries: { status: "loading" } };
}

export function queriesLoaded(state: LibraryState, queries: SavedQuery[]): LibraryState {
  const selected = state.selected !== null && queries.some((q) => q.name === state.selected) ? state.selected : null;
  return { ...state, queries: { status: "ready", queries }, selected };
}

export function queriesFailed(state: LibraryState, failure: Failure): LibraryState {
  return { ...state, queries: { status: "error", failure } };
}

export function selectQuery(state: LibraryState, name: string | null): LibraryState {
  return state.selected === name ? state : { ...state, selected: name, tab: "library" };
}

export function showTab(state: LibraryState, tab: WorkbenchTab): LibraryState {
  return state.tab === tab ? state : { ...state, tab };
}

export function findQuery(state: LibraryState, name: string | null): SavedQuery | null {
  if (name === null || state.queries.status !== "ready") return null;
  return state.queries.queries.find((q) => q.name === name) ?? null;
}

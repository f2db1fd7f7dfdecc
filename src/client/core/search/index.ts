// Search fields: state per field, pure transitions and actions.
import type { SearchHit } from "../../../shared/index.ts";
import type { Store } from "../../lib/create-store.ts";
import type { Failure } from "../data/index.ts";
import type { FieldState, SearchField, SearchState } from "./types.ts";
import {
  chosen,
  closeList,
  moveActive,
  openList,
  resultsArrived,
  searchFailed,
  setActive,
  typed,
} from "./transitions.ts";

export * from "./types.ts";
export * from "./transitions.ts";

export function createSearchActions<S extends { search: SearchState }>(store: Store<S>) {
  const apply = (field: SearchField, change: (state: FieldState) => FieldState) =>
    store.update((state) => {
      const next = change(state.search[field]);
      return next === state.search[field] ? state : { ...state, search: { ...state.search, [field]: next } };
    });
  return {
    typed: (field: SearchField, query: string) => apply(field, (s) => typed(s, query)),
    arrived: (field: SearchField, query: string, hits: readonly SearchHit[]) =>
      apply(field, (s) => resultsArrived(s, query, hits)),
    failed: (field: SearchField, query: string, failure: Failure) =>
      apply(field, (s) => searchFailed(s, query, failure)),
    move: (field: SearchField, delta: number) => apply(field, (s) => moveActive(s, delta)),
    setActive: (field: SearchField, index: number) => apply(field, (s) => setActive(s, index)),
    close: (field: SearchField) => apply(field, closeList),
    open: (field: SearchField) => apply(field, openList),
    chosen: (field: SearchField, text: string) => apply(field, (s) => chosen(s, text)),
  };
}
export type SearchActions = ReturnType<typeof createSearchActions>;

// Search-as-you-type fields: what was typed, the hits, and which option the keyboard is on.
import type { SearchHit } from "../../../shared/index.ts";
import type { Failure } from "../data/index.ts";

/** The header's search and the path finder's two endpoint fields. */
export const SEARCH_FIELDS = ["main", "from", "to"] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

export interface FieldState {
  query: string;
  status: "idle" | "loading" | "ready" | "error";
  hits: readonly SearchHit[];
  /** Index of the highlighted option, -1 for none. */
  active: number;
  open: boolean;
  failure: Failure | null;
}

export type SearchState = Record<SearchField, FieldState>;

export const EMPTY_FIELD: FieldState = { query: "", status: "idle", hits: [], active: -1, open: false, failure: null };

export const INITIAL_SEARCH: SearchState = { main: EMPTY_FIELD, from: EMPTY_FIELD, to: EMPTY_FIELD };

/** Typing pauses this long before a request goes out. */
export const SEARCH_DEBOUNCE_MS = 150;
export const SEARCH_LIMIT = 8;

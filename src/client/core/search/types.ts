// Search-as-you-type fields: what was typed, the hits, and which option the keyboard is on.
import type { SearchHit } from "../../../shared/index.ts";
import type { Failure } from "../data/index.ts";

/** The header's search, the path finder's two endpoint fields, and the open saved query's entity parameters. */
export const SEARCH_FIELDS = ["main", "from", "to", "via", "param0", "param1", "param2"] as const;
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

export const INITIAL_SEARCH: SearchState = {
  main: EMPTY_FIELD,
  from: EMPTY_FIELD,
  to: EMPTY_FIELD,
  via: EMPTY_FIELD,
  param0: EMPTY_FIELD,
  param1: EMPTY_FIELD,
  param2: EMPTY_FIELD,
};

/** The search fields a saved query's entity parameters use, in the order of its parameters. */
export const PARAM_FIELDS = ["param0", "param1", "param2"] as const satisfies readonly SearchField[];

/** Typing pauses this long before a request goes out. */
export const SEARCH_DEBOUNCE_MS = 150;
export const SEARCH_LIMIT = 8;

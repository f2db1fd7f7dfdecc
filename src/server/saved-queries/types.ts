// Shapes shared by the saved-query loader's parts; the wire types live in src/shared/saved-query.ts.
export type { SavedQuery, SavedQueryParam, SavedQueryParamType, SavedQueryValue } from "../../shared/saved-query.ts";

/** One problem in a query file, 1-based line like editors print it. */
export interface Problem {
  file: string;
  line: number;
  message: string;
}

/** A `// key: value` line of a header, kept with its line so later checks can point at it. */
export interface HeaderEntry {
  key: string;
  value: string;
  line: number;
}

export interface LoadOptions {
  /** Show file paths relative to this directory in errors (default: the current directory), so `file:line` is clickable. */
  relativeTo?: string;
}

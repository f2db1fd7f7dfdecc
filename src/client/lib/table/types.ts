// How a result table is ordered: one column, ascending or descending, or the query's own order.
import type { JsonValue } from "../../../shared/index.ts";

export type SortDirection = "asc" | "desc";

/** null keeps the order the query returned (often meaningful: ORDER BY amount DESC). */
export type SortState = { column: string; direction: SortDirection } | null;

export type Row = Record<string, JsonValue>;

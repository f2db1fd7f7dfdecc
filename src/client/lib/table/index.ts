// Result tables: cell text for any wire value, and the click-to-sort order of rows.
export * from "./types.ts";
export * from "./cells.ts";
export * from "./format.ts";

// Files the explorer writes: result CSV and JSON, graph GEXF and JSON, and their names.
export * from "./types.ts";
export * from "./csv.ts";
export * from "./gexf.ts";
export * from "./slide.ts";
export * from "./cypher.ts";

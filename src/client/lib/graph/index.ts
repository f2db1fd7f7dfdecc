// The data graph built from the API payload: nodes, relationships and their derived style.
export * from "./types.ts";
export * from "./attributes.ts";
export * from "./parallel-edges.ts";

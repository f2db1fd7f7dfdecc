// Render-time emphasis: which nodes and edges stand out, dim, or show labels.
export * from "./types.ts";
export * from "./reducers.ts";

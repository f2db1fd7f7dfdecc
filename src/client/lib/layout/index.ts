// Positions for the data graph: readable, deterministic, bounded in time.
export * from "./types.ts";
export * from "./pipeline.ts";
export * from "./big-graph.ts";
export * from "./worker-messages.ts";

// The catalog: every node and relationship the API has returned, keyed like the data graph.
export * from "./types.ts";
export * from "./catalog.ts";

// The shared contract between server and client; imports nothing but zod.
export * from "./json.ts";
export * from "./graph.ts";
export * from "./api.ts";
export * from "./explore-schemas.ts";
export * from "./entity.ts";
export * from "./endpoint.ts";
export * from "./endpoint-table.ts";
export * from "./saved-query.ts";
export * from "./snapshot.ts";
export * from "./snapshot-file.ts";
export * from "./snapshot-parse.ts";
export * from "./graph-schema.ts";
export * from "./perspective.ts";
export * from "./time.ts";
export * from "./graph-diff.ts";
export * from "./source-text.ts";
export * from "./fact-kind.ts";

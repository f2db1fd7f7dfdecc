// The page's way to the data: one generic client over the shared endpoint table, live (HTTP) or offline (snapshot).
export * from "./api-client.ts";
export * from "./request-error.ts";
export * from "./http-client.ts";
export * from "./snapshot-client.ts";
export * from "./whole-graph.ts";

// The view in the URL: documented keys, zod-validated decoding and a stable encoding.
export * from "./types.ts";
export * from "./codec.ts";
export * from "./query-link.ts";
export * from "./view-id.ts";

// Node names in English, Japanese and Chinese with a readable fallback.
export * from "./types.ts";
export * from "./lookup.ts";

// Incremental layout helpers: seed new nodes near their anchor, then separate them without moving the rest.
export * from "./types.ts";
export * from "./seeding.ts";

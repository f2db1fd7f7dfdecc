// The timeline of the data graph: dated facts, their marks on a year axis, and the as-of slider's positions.
export * from "./types.ts";
export * from "./timeline.ts";

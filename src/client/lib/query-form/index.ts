// The form of a saved query: initial field values and their coercion to each parameter's type.
export * from "./types.ts";
export * from "./coerce.ts";

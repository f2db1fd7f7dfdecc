// Guarded execution of user and saved Cypher: read-only check, timeout, caps, wire mapping.
export { runGuarded } from "./run-guarded.ts";
export type { GuardLimits } from "./guard-types.ts";
export { assertReadOnly } from "./read-only-check.ts";

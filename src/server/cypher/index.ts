// Guarded execution of user and saved Cypher: read-only check, timeout, caps, wire mapping.
export { runGuarded, type GuardLimits } from "./run-guarded.ts";
export { assertReadOnly } from "./read-only-check.ts";

// Refuses request bodies nested deeper than any real request needs, before recursive validation can exhaust the stack.
import { BadRequestError } from "../errors.ts";

/** Deep enough for any Cypher parameter map a person writes; zod's recursive JSON schema overflows near 2,000. */
export const MAX_JSON_DEPTH = 64;

/** Iterative, so the check itself cannot overflow the stack on a 100,000-level body. */
export function assertJsonDepth(value: unknown, max = MAX_JSON_DEPTH): void {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [item, depth] = stack.pop()!;
    if (item === null || typeof item !== "object") continue;
    if (depth >= max) throw new BadRequestError(`The request body nests deeper than ${max} levels.`, { maxDepth: max });
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
}

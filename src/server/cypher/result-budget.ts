// Measures each result row as it arrives, so a query of few rows but huge values is capped like one of many rows.
import { BadRequestError } from "../errors.ts";

/** About 8 MiB of JSON: more than the explorer can draw, and quick to validate and send. */
export const MAX_RESULT_BYTES = 8 * 1024 * 1024;
/** The response is validated recursively; values nested deeper than this are refused before that can overflow the stack. */
export const MAX_RESULT_DEPTH = 64;

/**
 * Approximate JSON size of a driver value, walked iteratively before any recursive mapping sees it;
 * throws on values nested deeper than MAX_RESULT_DEPTH.
 */
export function resultWeight(value: unknown): number {
  let bytes = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [item, depth] = stack.pop()!;
    if (typeof item === "string") bytes += item.length + 2;
    else if (item === null || typeof item !== "object") bytes += 8;
    else {
      if (depth >= MAX_RESULT_DEPTH)
        throw new BadRequestError(`A result value nests deeper than ${MAX_RESULT_DEPTH} levels; return it flatter.`, {
          maxDepth: MAX_RESULT_DEPTH,
        });
      bytes += 2;
      for (const [key, child] of Object.entries(item)) {
        bytes += key.length + 4;
        stack.push([child, depth + 1]);
      }
    }
  }
  return bytes;
}

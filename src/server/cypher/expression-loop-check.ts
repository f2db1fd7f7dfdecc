// Refuses, before anything runs, an ad-hoc query that loops over a huge literal range inside one expression:
// Neo4j checks for termination between rows, not inside an expression, so such a query outlives its timeout.
import { segments } from "../cypher-text/lexer.ts";
import { BadRequestError } from "../errors.ts";

/** Elements one expression may iterate over a literal range (`x IN range(a, b)`); rows (UNWIND) are not limited. */
export const EXPRESSION_LOOP_CAP = 100_000;

const IN_RANGE = /\bIN\s+range\s*\(\s*(-?\d+)\s*,\s*(-?\d+)\s*(?:,\s*(-?\d+)\s*)?\)/gi;

/** Elements of `range(start, end, step)`, as Cypher counts them. */
export function rangeSize(start: number, end: number, step = 1): number {
  if (step === 0) return 0;
  const size = Math.floor((end - start) / step) + 1;
  return Math.max(0, size);
}

export function assertNoHugeExpressionLoop(cypher: string, cap = EXPRESSION_LOOP_CAP): void {
  // Only code counts: a range written inside a string or a comment is text, not a loop.
  const code = [...segments(cypher)].map((s) => (s.kind === "code" ? cypher.slice(s.start, s.end) : " ")).join("");
  for (const match of code.matchAll(IN_RANGE)) {
    const [text, start, end, step] = match;
    const size = rangeSize(Number(start), Number(end), step === undefined ? 1 : Number(step));
    if (size > cap) {
      throw new BadRequestError(
        `The query loops over ${size.toLocaleString("en")} elements inside one expression (${text.trim()}). ` +
          `Neo4j cannot stop such a loop at the timeout, so the explorer refuses it above ${cap.toLocaleString("en")}` +
          " elements: iterate over rows with UNWIND instead, or use a smaller range.",
        { reason: "expression_loop", elements: size, cap },
      );
    }
  }
}

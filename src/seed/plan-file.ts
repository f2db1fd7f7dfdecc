// Prepares one file before anything runs: split it, refuse unterminated literals, and sort out schema statements.
import { SeedError } from "./errors.ts";
import { isSchemaStatement } from "./schema-statement.ts";
import { splitStatements } from "./split-statements.ts";
import { checkTimeProperties } from "./time-check.ts";
import type { Statement } from "./types.ts";
import { lineStarts, lineText } from "./source-text.ts";

export interface FilePlan {
  file: string;
  source: string;
  starts: number[];
  statements: Statement[];
  /** Schema statements before the first data statement. */
  before: Statement[];
  /** Everything else; the data of every file runs in the load's one write transaction. */
  data: Statement[];
  /** Schema statements after data. Neo4j refuses schema and data in one transaction, so all schema runs before the data. */
  after: Statement[];
}

const NEVER_CLOSED = {
  string: "string literal is never closed",
  name: "backtick-quoted name is never closed",
  comment: "block comment is never closed (missing */)",
} as const;

export function planFile(file: string, source: string): FilePlan {
  const starts = lineStarts(source);
  const { statements, unterminated } = splitStatements(source);
  if (unterminated) {
    const { line, column, kind } = unterminated;
    const sourceLine = lineText(source, starts, line);
    throw new SeedError({
      file,
      line,
      column,
      reason: NEVER_CLOSED[kind],
      sourceLine,
      statements: statements.length,
      phase: "check",
      schemaCommitted: [],
      undone: [],
      leftOver: [],
    });
  }
  // A malformed date stops the load with its file and line, like a syntax error, before anything runs.
  checkTimeProperties(file, source, starts);
  const plan: FilePlan = { file, source, starts, statements, before: [], data: [], after: [] };
  for (const statement of statements) {
    if (!isSchemaStatement(statement.text)) plan.data.push(statement);
    else (plan.data.length === 0 ? plan.before : plan.after).push(statement);
  }
  return plan;
}

// Decides what a driver error during a statement means: a fault in the script, or a connection/config problem.
import { Neo4jError } from "neo4j-driver";
import { ConfigError, UnavailableError } from "../server/errors.ts";
import { parseNeo4jMessage, toFilePosition } from "./error-position.ts";
import { SeedError, type SeedPhase } from "./errors.ts";
import type { FilePlan } from "./plan-file.ts";
import type { Statement } from "./types.ts";
import { lineText } from "./source-text.ts";

/** Codes that say Neo4j itself went away, not that the statement is wrong. */
export function isUnavailable(err: unknown): boolean {
  if (!(err instanceof Neo4jError)) return false;
  const { code } = err;
  return code === "ServiceUnavailable" || code === "SessionExpired" || code.endsWith(".DatabaseUnavailable");
}

/** `sentPrefix`: text sent before the statement (the check's "EXPLAIN "), which Neo4j's positions count in. */
export function statementError(
  err: unknown,
  plan: FilePlan,
  statement: Statement,
  phase: SeedPhase,
  sentPrefix = "",
): unknown {
  if (!(err instanceof Neo4jError)) return err;
  const { code, message } = err;
  // Blaming a line of the script for these would send the user to the wrong place; where it happened still helps.
  if (isUnavailable(err)) {
    const where = `${plan.file}:${statement.line}:${statement.column}`;
    // While checking, nothing has been written yet; later, the loader says what it put back (run-load.ts).
    const note = phase === "check" ? "\nNothing was changed: the load was still being checked." : "";
    return new UnavailableError(`Neo4j became unavailable while the load was running ${where}: ${message}${note}`, {
      code,
      file: plan.file,
      line: statement.line,
      column: statement.column,
    });
  }
  if (code.startsWith("Neo.ClientError.Security.")) {
    return new ConfigError(`Neo4j refused the connection: ${message}`, { code });
  }
  if (code === "Neo.ClientError.Database.DatabaseNotFound") {
    return new ConfigError(`${message} (check NEO4J_DATABASE)`, { code });
  }
  const { reason, position } = parseNeo4jMessage(message);
  if (position && sentPrefix) {
    if (position.offset !== undefined) position.offset -= sentPrefix.length;
    if (position.line === 1) position.column -= sentPrefix.length;
  }
  return scriptError(plan, statement, reason, code, phase, position);
}

/** A SeedError at a statement (or at a position inside it, relative to the statement as Neo4j reports it). */
export function scriptError(
  plan: FilePlan,
  statement: Statement,
  reason: string,
  neo4jCode: string | undefined,
  phase: SeedPhase,
  position?: Parameters<typeof toFilePosition>[1],
): SeedError {
  const { line, column } = toFilePosition(statement, position, plan.starts);
  return new SeedError({
    file: plan.file,
    line,
    column,
    reason,
    sourceLine: lineText(plan.source, plan.starts, line),
    ...(neo4jCode ? { neo4jCode } : {}),
    statements: plan.statements.length,
    phase,
    schemaCommitted: [],
    undone: [],
    leftOver: [],
  });
}

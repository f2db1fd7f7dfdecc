// Decides what a driver error during a statement means: a fault in the script, or a connection/config problem.
import { Neo4jError } from "neo4j-driver";
import { ConfigError, UnavailableError } from "../server/errors.ts";
import { parseNeo4jMessage, toFilePosition } from "./error-position.ts";
import { SeedError } from "./errors.ts";
import type { FilePlan } from "./plan-file.ts";
import type { Statement } from "./types.ts";
import { lineText } from "./source-text.ts";

export interface Progress {
  appliedStatements: number;
  dataCommitted: boolean;
}

export function statementError(err: unknown, plan: FilePlan, statement: Statement, progress: Progress): unknown {
  if (!(err instanceof Neo4jError)) return err;
  const { code, message } = err;
  // Blaming a line of the script for these would send the user to the wrong place.
  if (code === "ServiceUnavailable" || code === "SessionExpired" || code.endsWith(".DatabaseUnavailable")) {
    return new UnavailableError(`Neo4j is unavailable: ${message}`, { code });
  }
  if (code.startsWith("Neo.ClientError.Security.")) {
    return new ConfigError(`Neo4j refused the connection: ${message}`, { code });
  }
  if (code === "Neo.ClientError.Database.DatabaseNotFound") {
    return new ConfigError(`${message} (check NEO4J_DATABASE)`, { code });
  }
  const { reason, position } = parseNeo4jMessage(message);
  const { line, column } = toFilePosition(statement, position, plan.starts);
  const sourceLine = lineText(plan.source, plan.starts, line);
  const statements = plan.statements.length;
  return new SeedError({
    file: plan.file,
    line,
    column,
    reason,
    sourceLine,
    neo4jCode: code,
    statements,
    ...progress,
    loaded: [],
  });
}

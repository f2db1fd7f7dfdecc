// Translates driver and server errors into the app's typed errors (and so, later, HTTP codes).
import { Neo4jError } from "neo4j-driver";
import { AppError, CypherError, ForbiddenError, UnavailableError } from "../errors.ts";

const UNAVAILABLE = new Set(["ServiceUnavailable", "SessionExpired"]);

/** Neo4j reports syntax errors as "... (line 2, column 5 (offset: 17))". */
export function errorPosition(message: string): { line: number; column: number; offset?: number } | undefined {
  const m = /line (\d+), column (\d+)(?: \(offset: (\d+)\))?/.exec(message);
  if (!m) return undefined;
  return { line: Number(m[1]), column: Number(m[2]), ...(m[3] ? { offset: Number(m[3]) } : {}) };
}

export function isTimeout(error: unknown): boolean {
  return error instanceof Neo4jError && /TransactionTimedOut|TransactionTimedOutClientConfiguration/.test(error.code);
}

export function mapDbError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (!(error instanceof Neo4jError)) return new AppError("internal", "Unexpected error");
  const { code, message } = error;
  // A transient code, but retrying cannot help: this query needs more memory than Neo4j grants a transaction.
  if (code.endsWith("MemoryPoolOutOfMemoryError")) {
    return new CypherError(
      "Refused: the query needs more memory than Neo4j allows one transaction; narrow it or add LIMIT.",
      { code },
    );
  }
  if (UNAVAILABLE.has(code) || code.startsWith("Neo.TransientError")) {
    return new UnavailableError("Neo4j is unreachable right now; the explorer retries on the next request.", { code });
  }
  if (
    code.startsWith("Neo.ClientError.Security.Unauthorized") ||
    code.startsWith("Neo.ClientError.Security.AuthenticationRateLimit")
  ) {
    return new UnavailableError("Neo4j refused the explorer's credentials; check NEO4J_USERNAME and NEO4J_PASSWORD.", {
      code,
    });
  }
  if (/AccessMode|Forbidden|WriteOnReadOnlyAccessDbException/.test(code)) {
    return new ForbiddenError(`Refused: this explorer is read-only. ${firstLine(message)}`, { code });
  }
  return new CypherError(firstLine(message), { code, position: errorPosition(message) });
}

function firstLine(message: string): string {
  return message.split("\n")[0] ?? message;
}

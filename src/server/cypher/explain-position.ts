// Maps a syntax error's position in `EXPLAIN <query>` back to the query the user wrote.
import { AppError, CypherError } from "../errors.ts";

interface Position {
  line: number;
  column: number;
  offset?: number;
}

/** The prefix sits on line 1 only: later lines keep their columns, every offset moves. */
export function unprefixPosition(position: Position, prefixLength: number): Position {
  const column = position.line === 1 ? Math.max(1, position.column - prefixLength) : position.column;
  const shifted: Position = { line: position.line, column };
  if (position.offset !== undefined) shifted.offset = Math.max(0, position.offset - prefixLength);
  return shifted;
}

/** Rewrites a CypherError raised for the prefixed query so its details and message point into the user's text. */
export function unprefixError(error: AppError, prefixLength: number): AppError {
  const details = error.details as { position?: Position } | undefined;
  if (!(error instanceof CypherError) || !details?.position) return error;
  const position = unprefixPosition(details.position, prefixLength);
  const where = `line ${position.line}, column ${position.column}${position.offset === undefined ? "" : ` (offset: ${position.offset})`}`;
  const message = error.message.replace(/line \d+, column \d+(?: \(offset: \d+\))?/, where);
  return new CypherError(message, { ...details, position });
}

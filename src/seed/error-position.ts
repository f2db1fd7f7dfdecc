// Maps the position in a Neo4j error message, which is relative to the statement sent, back onto the file.
import type { Position, Statement } from "./types.ts";
import { positionAt } from "./source-text.ts";

export interface RelativePosition extends Position {
  offset?: number;
}

const POSITION = /\s*\(line (\d+), column (\d+) \(offset: (\d+)\)\)/;
// After the position Neo4j echoes the statement's line and a caret; the loader prints the file's own line instead.
const ECHO = /^\r?\n"[^\n]*"\r?\n *\^ *$/;

export function parseNeo4jMessage(message: string): { reason: string; position?: RelativePosition } {
  const m = POSITION.exec(message);
  if (!m) return { reason: message.trim() };
  const tail = message.slice(m.index + m[0].length);
  const reason = (message.slice(0, m.index) + (ECHO.test(tail) ? "" : tail)).trim();
  return { reason, position: { line: Number(m[1]), column: Number(m[2]), offset: Number(m[3]) } };
}

export function toFilePosition(
  statement: Statement,
  relative: RelativePosition | undefined,
  starts: readonly number[],
): Position {
  if (!relative) return { line: statement.line, column: statement.column };
  // The offset is exact even when line breaks are \r\n, since the statement text is an untouched slice of the file.
  if (relative.offset !== undefined) {
    const clamped = Math.min(Math.max(relative.offset, 0), statement.text.length);
    return positionAt(starts, statement.offset + clamped);
  }
  if (relative.line <= 1) return { line: statement.line, column: statement.column + relative.column - 1 };
  return { line: statement.line + relative.line - 1, column: relative.column };
}

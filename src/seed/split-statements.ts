// Cuts a Cypher script into statements at top-level semicolons, remembering where each one starts.
import { segments, type SegmentKind } from "../server/cypher-text/lexer.ts";
import type { Position, Statement } from "./types.ts";
import { isWhitespace, lineStarts, positionAt } from "./source-text.ts";

export interface Unterminated extends Position {
  kind: Exclude<SegmentKind, "code">;
  offset: number;
}

export interface SplitResult {
  statements: Statement[];
  /** Set when the file ends inside a string, quoted name or block comment; everything after it would be swallowed. */
  unterminated?: Unterminated;
}

export function splitStatements(source: string): SplitResult {
  const starts = lineStarts(source);
  const statements: Statement[] = [];
  let unterminated: Unterminated | undefined;
  // Statements are trimmed to their first and last significant character, so leading and trailing comments are not sent.
  let first = -1;
  let last = -1;

  const flush = () => {
    if (first >= 0) statements.push({ text: source.slice(first, last), offset: first, ...positionAt(starts, first) });
    first = -1;
    last = -1;
  };

  for (const seg of segments(source)) {
    if (!seg.terminated && seg.kind !== "code" && !unterminated) {
      unterminated = { kind: seg.kind, offset: seg.start, ...positionAt(starts, seg.start) };
    }
    if (seg.kind === "comment") continue;
    if (seg.kind !== "code") {
      if (first < 0) first = seg.start;
      last = seg.end;
      continue;
    }
    for (let i = seg.start; i < seg.end; i++) {
      const ch = source[i] ?? "";
      if (ch === ";") flush();
      else if (!isWhitespace(ch)) {
        if (first < 0) first = i;
        last = i + 1;
      }
    }
  }
  flush();
  return unterminated ? { statements, unterminated } : { statements };
}

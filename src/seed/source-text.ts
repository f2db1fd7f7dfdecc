// Offset/line arithmetic and caret drawing shared by the splitter and error reporting.
import type { Position } from "./types.ts";

export function isWhitespace(ch: string): boolean {
  return /\s/.test(ch);
}

/** Offsets where each line starts; \n, \r\n and a lone \r all end a line, as in editors. */
export function lineStarts(source: string): number[] {
  const starts = [0];
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === "\r" && source[i + 1] === "\n") i++;
    if (ch === "\r" || ch === "\n") starts.push(i + 1);
  }
  return starts;
}

export function positionAt(starts: readonly number[], offset: number): Position {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
}

export function lineText(source: string, starts: readonly number[], line: number): string {
  const start = starts[line - 1] ?? source.length;
  const end = starts[line] ?? source.length;
  return source.slice(start, end).replace(/\r?\n$|\r$/, "");
}

// Wide (CJK, full-width) characters take two terminal cells; padding with spaces of the same width keeps the caret aligned.
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/;

/** A line of padding plus `^` under the given 1-based column of `text`. */
export function caretLine(text: string, column: number): string {
  let pad = "";
  for (const ch of text.slice(0, Math.max(0, column - 1))) {
    pad += ch === "\t" ? "\t" : WIDE.test(ch) ? "  " : " ";
  }
  return `${pad}^`;
}

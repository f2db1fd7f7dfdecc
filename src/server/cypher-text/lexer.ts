// Lexes Cypher only as far as needed to tell code from strings, quoted names and comments.

export type SegmentKind = "code" | "string" | "name" | "comment";

export interface Segment {
  kind: SegmentKind;
  start: number;
  end: number;
  /** False when the file ends inside a string, quoted name or block comment. */
  terminated: boolean;
}

function closeQuoted(source: string, from: number, quote: string): [end: number, terminated: boolean] {
  for (let i = from; i < source.length; i++) {
    const ch = source[i];
    if (ch === "\\" && quote !== "`") i++;
    else if (ch === quote) {
      // A doubled backtick is an escaped backtick inside a quoted name.
      if (quote === "`" && source[i + 1] === "`") i++;
      else return [i + 1, true];
    }
  }
  return [source.length, false];
}

function startsSpecial(source: string, i: number): boolean {
  const ch = source[i];
  if (ch === "'" || ch === '"' || ch === "`") return true;
  return ch === "/" && (source[i + 1] === "/" || source[i + 1] === "*");
}

export function* segments(source: string): Generator<Segment> {
  let i = 0;
  while (i < source.length) {
    const start = i;
    const ch = source[i] ?? "";
    if (ch === "'" || ch === '"' || ch === "`") {
      const [end, terminated] = closeQuoted(source, i + 1, ch);
      yield { kind: ch === "`" ? "name" : "string", start, end, terminated };
      i = end;
    } else if (ch === "/" && source[i + 1] === "/") {
      const eol = source.slice(i).search(/[\r\n]/);
      i = eol < 0 ? source.length : i + eol;
      yield { kind: "comment", start, end: i, terminated: true };
    } else if (ch === "/" && source[i + 1] === "*") {
      const close = source.indexOf("*/", i + 2);
      i = close < 0 ? source.length : close + 2;
      yield { kind: "comment", start, end: i, terminated: close >= 0 };
    } else {
      do i++;
      while (i < source.length && !startsSpecial(source, i));
      yield { kind: "code", start, end: i, terminated: true };
    }
  }
}

/** The first `count` tokens of code outside comments, upper-cased; a string or quoted name ends the scan. */
export function leadingWords(text: string, count: number): string[] {
  const words: string[] = [];
  for (const seg of segments(text)) {
    if (seg.kind === "comment") continue;
    if (seg.kind !== "code") break;
    for (const m of text.slice(seg.start, seg.end).matchAll(/[A-Za-z_][A-Za-z0-9_]*|\S/g)) {
      words.push(m[0].toUpperCase());
      if (words.length >= count) return words;
    }
  }
  return words;
}

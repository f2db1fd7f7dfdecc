// Finds the `$name` parameters a query uses, outside strings and comments, with the line of first use.
import { segments } from "../cypher-text/lexer.ts";

/** Parameter name → 1-based line of its first use in `text` (the whole file, so lines match the editor's). */
export function usedParams(text: string): Map<string, number> {
  const used = new Map<string, number>();
  const note = (name: string, offset: number) => {
    if (!used.has(name)) used.set(name, lineAt(text, offset));
  };
  const segs = [...segments(text)];
  segs.forEach((seg, i) => {
    if (seg.kind !== "code") return;
    const code = text.slice(seg.start, seg.end);
    for (const m of code.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*|\d+)/g)) note(m[1]!, seg.start + m.index);
    // `$`quoted name`` is legal Cypher; the lexer hands the quoted part over as its own segment.
    const next = segs[i + 1];
    if (code.endsWith("$") && next?.kind === "name")
      note(text.slice(next.start + 1, next.end - 1).replace(/``/g, "`"), seg.end - 1);
  });
  return used;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    const ch = text[i];
    if (ch === "\n" || (ch === "\r" && text[i + 1] !== "\n")) line++;
  }
  return line;
}

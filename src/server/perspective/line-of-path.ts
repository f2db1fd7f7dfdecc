// Where a key path ("labels.Person.color") sits in a JSON text: its line, so a problem can point at the file's line.

export type JsonPath = readonly (string | number)[];

class Found extends Error {}

/**
 * The 1-based line of the key (or array element) at `path` in `jsonText`; when the path is not all there, the line of
 * its deepest part that is (a missing key points at its parent); null when the text is not JSON.
 */
export function lineOfPath(jsonText: string, path: JsonPath): number | null {
  const scan = scanJson(jsonText, path);
  return scan.error ? null : scan.line;
}

/** Walks the text as JSON looking for `path`: the line found (or of its deepest part), or where the text stops being JSON. */
function scanJson(jsonText: string, path: JsonPath): { line: number | null; error: boolean; errorLine: number } {
  let i = 0;
  let line = 1;
  let best: number | null = path.length === 0 ? 1 : null;
  const text = jsonText;

  const ws = () => {
    while (i < text.length && /\s/.test(text[i]!)) {
      if (text[i] === "\n") line++;
      i++;
    }
  };
  const expect = (char: string) => {
    if (text[i] !== char) throw new SyntaxError(`expected ${char}`);
    i++;
  };
  const string = (): string => {
    expect('"');
    let out = "";
    while (i < text.length && text[i] !== '"') {
      if (text[i] === "\\") {
        const c = text[i + 1] ?? "";
        if (c === "u") {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
          continue;
        }
        out += ({ n: "\n", t: "\t", r: "\r", b: "\b", f: "\f" } as Record<string, string>)[c] ?? c;
        i += 2;
        continue;
      }
      out += text[i];
      i++;
    }
    expect('"');
    return out;
  };
  const reached = (depth: number, at: number) => {
    best = at;
    if (depth === path.length) throw new Found();
  };
  const value = (depth: number, onPath: boolean): void => {
    ws();
    const c = text[i];
    if (c === "{") {
      i++;
      ws();
      if (text[i] === "}") return void i++;
      for (;;) {
        ws();
        const keyLine = line;
        const key = string();
        ws();
        expect(":");
        const child = onPath && path[depth] === key;
        if (child) reached(depth + 1, keyLine);
        value(depth + 1, child);
        ws();
        if (text[i] === ",") i++;
        else return expect("}");
      }
    }
    if (c === "[") {
      i++;
      ws();
      if (text[i] === "]") return void i++;
      for (let index = 0; ; index++) {
        ws();
        const child = onPath && path[depth] === index;
        if (child) reached(depth + 1, line);
        value(depth + 1, child);
        ws();
        if (text[i] === ",") i++;
        else return expect("]");
      }
    }
    if (c === '"') return void string();
    const start = i;
    while (i < text.length && !/[\s,\]}]/.test(text[i]!)) i++;
    if (i === start) throw new SyntaxError("expected a value");
  };

  try {
    value(0, true);
    ws();
    if (i < text.length) throw new SyntaxError("unexpected text after the value");
  } catch (error) {
    if (error instanceof Found) return { line: best, error: false, errorLine: line };
    return { line: best, error: true, errorLine: line };
  }
  return { line: best, error: false, errorLine: line };
}

/** The line of a JSON.parse error, from the position or line V8 puts in its message; null when it gives neither. */
export function lineOfSyntaxError(jsonText: string, error: unknown): number | null {
  const message = error instanceof Error ? error.message : String(error);
  const byLine = /line (\d+)/.exec(message);
  if (byLine) return Number(byLine[1]);
  const byPosition = /position (\d+)/.exec(message);
  if (byPosition) return jsonText.slice(0, Number(byPosition[1])).split("\n").length;
  // Node 20 names neither: find where the text stops being JSON ourselves.
  const scan = scanJson(jsonText, []);
  return scan.error ? scan.errorLine : null;
}

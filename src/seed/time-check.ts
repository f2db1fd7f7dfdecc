// Checks the time properties a seed file writes (`when`, `when_text`) before anything runs, naming file and line.
import { parseTime, TIME_FORMS, WHEN_PROPERTY, WHEN_TEXT_PROPERTY } from "../shared/time.ts";
import { SeedError } from "./errors.ts";
import { lineText, positionAt } from "./source-text.ts";

interface Token {
  kind: "name" | "string" | "punct" | "other";
  text: string;
  /** The string literal's value with escapes resolved. */
  value?: string;
  offset: number;
}

interface MapEntry {
  value: Token | undefined;
  key: Token;
}

/** Cypher tokens outside comments: names, string literals and single punctuation characters. */
function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i]!;
    if (source.startsWith("//", i)) {
      while (i < source.length && source[i] !== "\n" && source[i] !== "\r") i++;
    } else if (source.startsWith("/*", i)) {
      const end = source.indexOf("*/", i + 2);
      i = end < 0 ? source.length : end + 2;
    } else if (ch === "'" || ch === '"') {
      const start = i++;
      let value = "";
      while (i < source.length && source[i] !== ch) {
        if (source[i] === "\\" && i + 1 < source.length) i++;
        value += source[i++];
      }
      i++;
      tokens.push({ kind: "string", text: source.slice(start, i), value, offset: start });
    } else if (ch === "`") {
      const start = i;
      const end = source.indexOf("`", i + 1);
      i = end < 0 ? source.length : end + 1;
      tokens.push({ kind: "name", text: source.slice(start + 1, i - 1), offset: start });
    } else if (/[\p{L}_$]/u.test(ch)) {
      const start = i;
      while (i < source.length && /[\p{L}\p{N}_$]/u.test(source[i]!)) i++;
      tokens.push({ kind: "name", text: source.slice(start, i), offset: start });
    } else if (/\s/.test(ch)) {
      i++;
    } else if (/[{}:=,.]/.test(ch)) {
      tokens.push({ kind: "punct", text: ch, offset: i++ });
    } else {
      const start = i;
      while (i < source.length && !/[\s{}:=,.'"`/]/.test(source[i]!)) i++;
      if (i === start) i++;
      tokens.push({ kind: "other", text: source.slice(start, i), offset: start });
    }
  }
  return tokens;
}

/**
 * Refuses a malformed `when`, a `when` written as a number, a `when_text` without a `when`, an approximate
 * `when` without the source's wording, and a `when_text` that is not part of the same map's `quote`.
 */
export function checkTimeProperties(file: string, source: string, starts: readonly number[]): void {
  const fail = (token: Token, reason: string): never => {
    const { line, column } = positionAt(starts, token.offset);
    throw new SeedError({
      file,
      line,
      column,
      reason,
      sourceLine: lineText(source, starts, line),
      statements: 0,
      phase: "check",
      schemaCommitted: [],
      undone: [],
      leftOver: [],
    });
  };
  const checkWhen = (value: Token | undefined) => {
    // A parameter or another property may hold a time too; only what the file spells out can be checked here.
    if (value?.kind === "other" && /^[-\d]/.test(value.text))
      return fail(value, `"${WHEN_PROPERTY}" must be a string such as '${value.text}', not a number: ${TIME_FORMS}`);
    if (value?.kind !== "string") return;
    const parsed = parseTime(value.value);
    if (!parsed.ok) fail(value, `malformed "${WHEN_PROPERTY}": ${parsed.reason}; expected ${TIME_FORMS}`);
  };
  const checkMap = (entries: Map<string, MapEntry>) => {
    const when = entries.get(WHEN_PROPERTY);
    const wording = entries.get(WHEN_TEXT_PROPERTY);
    const quote = entries.get("quote");
    if (wording && !when) fail(wording.key, `"${WHEN_TEXT_PROPERTY}" without a "${WHEN_PROPERTY}" beside it`);
    if (when?.value?.value?.startsWith("~") && !wording)
      fail(when.key, `an approximate "${WHEN_PROPERTY}" keeps the source's wording in "${WHEN_TEXT_PROPERTY}"`);
    if (wording?.value?.kind !== "string") {
      if (wording) fail(wording.key, `"${WHEN_TEXT_PROPERTY}" must be a string literal`);
      return;
    }
    if (quote?.value?.kind === "string" && !quote.value.value!.includes(wording.value.value!))
      fail(wording.value, `"${WHEN_TEXT_PROPERTY}" ${wording.value.text} is not in this map's quote`);
  };

  const tokens = tokenize(source);
  const maps: Map<string, MapEntry>[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === "punct" && token.text === "{") maps.push(new Map());
    else if (token.kind === "punct" && token.text === "}") {
      const entries = maps.pop();
      if (entries) checkMap(entries);
    } else if (token.kind === "name") {
      const next = tokens[i + 1];
      const previous = tokens[i - 1];
      const inMap = next?.text === ":" && maps.length > 0 && (previous?.text === "{" || previous?.text === ",");
      const assigned = next?.text === "=" && previous?.text === ".";
      if (!inMap && !assigned) continue;
      const value = tokens[i + 2];
      if (inMap) maps[maps.length - 1]!.set(token.text, { key: token, value });
      if (token.text === WHEN_PROPERTY) checkWhen(value);
      if (assigned && token.text === WHEN_TEXT_PROPERTY && value?.kind !== "string")
        fail(token, `"${WHEN_TEXT_PROPERTY}" must be a string literal`);
    }
  }
}

// Finds, in a JSON text whose top level is an object, where the elements of some of its arrays begin and end, a
// slice of elements at a time: the snapshot worker sends the page those pieces of text, which the page parses with
// the browser's own JSON.parse a slice per task while the worker checks the whole (a structured clone of the checked
// objects cost the page more than parsing the text, and came only after the check).

/** Where a slice of elements is: `text.slice(from, to)` is those elements with the commas between them. */
export type Span = readonly [from: number, to: number];

const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const COLON = 58;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

function skipSpace(text: string, i: number): number {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** The index after the string that opens at `i` (its closing quote is one no odd run of backslashes escapes). */
function endOfString(text: string, i: number): number {
  let from = i + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote < 0) return -1;
    let slashes = 0;
    while (text.charCodeAt(quote - 1 - slashes) === BACKSLASH) slashes++;
    if (slashes % 2 === 0) return quote + 1;
    from = quote + 1;
  }
}

/** The index after the value that starts at `i`; -1 when the text ends first. Checks brackets, not the grammar. */
function endOfValue(text: string, i: number): number {
  const first = text.charCodeAt(i);
  if (first === QUOTE) return endOfString(text, i);
  if (first !== OPEN_BRACE && first !== OPEN_BRACKET) {
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === COMMA || c === CLOSE_BRACE || c === CLOSE_BRACKET || isSpace(c)) break;
      i++;
    }
    return i;
  }
  let depth = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      i = endOfString(text, i);
      if (i < 0) return -1;
      continue;
    }
    if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++;
    else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      depth--;
      if (depth === 0) return i + 1;
    }
    i++;
  }
  return -1;
}

/** The array that opens at `i`, in slices of `per` elements; null when it is not one. */
function arraySlices(text: string, i: number, per: number): { spans: Span[]; end: number } | null {
  const spans: Span[] = [];
  i = skipSpace(text, i + 1);
  if (text.charCodeAt(i) === CLOSE_BRACKET) return { spans, end: i + 1 };
  let from = -1;
  let count = 0;
  for (;;) {
    if (from < 0) from = i;
    const end = endOfValue(text, i);
    if (end <= i) return null;
    if (++count % per === 0) {
      spans.push([from, end]);
      from = -1;
    }
    i = skipSpace(text, end);
    const c = text.charCodeAt(i);
    if (c === COMMA) i = skipSpace(text, i + 1);
    else if (c === CLOSE_BRACKET) {
      if (from >= 0) spans.push([from, end]);
      return { spans, end: i + 1 };
    } else return null;
  }
}

/**
 * The slices of each named array of the top-level object, `per` elements a slice; null when the text is not an
 * object holding every one of them as an array (the caller then does without). Malformed JSON elsewhere is not
 * noticed here: JSON.parse of the whole text, which the caller runs anyway, is the judge.
 */
export function jsonArraySlices(text: string, names: readonly string[], per: number): Map<string, Span[]> | null {
  const found = new Map<string, Span[]>();
  let i = skipSpace(text, 0);
  if (text.charCodeAt(i) !== OPEN_BRACE) return null;
  i = skipSpace(text, i + 1);
  if (text.charCodeAt(i) === CLOSE_BRACE) return null;
  for (;;) {
    if (text.charCodeAt(i) !== QUOTE) return null;
    const keyEnd = endOfString(text, i);
    if (keyEnd < 0) return null;
    const key = JSON.parse(text.slice(i, keyEnd)) as string;
    i = skipSpace(text, keyEnd);
    if (text.charCodeAt(i) !== COLON) return null;
    i = skipSpace(text, i + 1);
    if (names.includes(key) && text.charCodeAt(i) === OPEN_BRACKET) {
      const array = arraySlices(text, i, per);
      if (!array) return null;
      found.set(key, array.spans);
      i = array.end;
    } else {
      const end = endOfValue(text, i);
      if (end <= i) return null;
      i = end;
    }
    i = skipSpace(text, i);
    const c = text.charCodeAt(i);
    if (c === COMMA) i = skipSpace(text, i + 1);
    else if (c === CLOSE_BRACE) break;
    else return null;
  }
  return names.every((name) => found.has(name)) ? found : null;
}

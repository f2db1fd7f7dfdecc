// Small helpers of the saved-query module: display paths, edit distance for "did you mean".
import { isAbsolute, relative } from "node:path";

/** A path relative to `base` when it lies inside it, so messages stay short; otherwise the path as given. */
export function displayPath(file: string, base: string): string {
  const rel = relative(base, file);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : file;
}

/** Levenshtein distance, used to suggest close names for a mistyped one. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/** Names close to `wanted`: a small edit away, or sharing a word with it; closest first. */
export function closeNames(wanted: string, names: readonly string[], max = 5): string[] {
  const w = wanted.toLowerCase();
  const words = w.split(/[^a-z0-9]+/).filter((s) => s.length >= 3);
  return names
    .map((name) => ({ name, d: editDistance(w, name.toLowerCase()) }))
    .filter(
      ({ name, d }) =>
        d <= Math.max(2, Math.floor(w.length / 3)) || name.includes(w) || words.some((word) => name.includes(word)),
    )
    .sort((a, b) => a.d - b.d || a.name.localeCompare(b.name))
    .slice(0, max)
    .map(({ name }) => name);
}

// East Asian wide characters (CJK, kana, Hangul, full-width forms) take two terminal cells.
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/;

/** Terminal cells a string takes, so columns of Japanese text line up. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

/** Cuts `text` to at most `max` terminal cells, marking the cut with an ellipsis. */
export function truncateToWidth(text: string, max: number): string {
  if (displayWidth(text) <= max) return text;
  let out = "";
  let width = 0;
  for (const ch of text) {
    const w = WIDE.test(ch) ? 2 : 1;
    if (width + w > max - 1) break;
    out += ch;
    width += w;
  }
  return `${out}…`;
}

export function padToWidth(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}

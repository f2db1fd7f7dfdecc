// Cuts a query file into its `// key: value` header lines and the Cypher below them.
import type { HeaderEntry } from "./types.ts";

export const HEADER_KEYS = ["title", "description", "param", "tags", "needs"] as const;

export interface SplitFile {
  entries: HeaderEntry[];
  /** Lines of the header that are not `key: value`, so the file's author learns which line to fix. */
  malformed: { line: number; message: string }[];
  /** 1-based line where the Cypher starts (the first line that is not a `//` comment). */
  bodyLine: number;
}

const KEYS = `keys: ${HEADER_KEYS.join(", ")}`;

/** The header is every leading line that starts with `//`; bare `//` lines are spacers. */
export function splitHeader(text: string): SplitFile {
  const lines = text.split(/\r\n|\n|\r/);
  const entries: HeaderEntry[] = [];
  const malformed: SplitFile["malformed"] = [];
  let i = 0;
  for (; i < lines.length; i++) {
    const raw = lines[i] ?? "";
    if (!raw.startsWith("//")) break;
    const content = raw.slice(2).trim();
    if (!content) continue;
    const line = i + 1;
    const m = /^([A-Za-z][\w-]*)\s*:\s*(.*)$/.exec(content);
    if (!m) {
      malformed.push({ line, message: `header line is not 'key: value' (${KEYS}): ${content}` });
      continue;
    }
    const key = m[1]!;
    if (!(HEADER_KEYS as readonly string[]).includes(key)) {
      malformed.push({ line, message: `unknown header key '${key}' (${KEYS})` });
      continue;
    }
    entries.push({ key, value: m[2]!.trim(), line });
  }
  return { entries, malformed, bodyLine: i + 1 };
}

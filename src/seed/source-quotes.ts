// The load-time quote check: every `quote` literal of a graph with sources must occur verbatim in its source's text.
// Sources live beside the scripts as sources/<source-id>[.<lang>].txt; a graph without that folder loads unchecked.
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { dirname, join, relative, isAbsolute } from "node:path";
import { SeedError, SeedFileError } from "./errors.ts";
import { nearestPassage } from "./nearest-passage.ts";
import type { FilePlan } from "./plan-file.ts";
import { lineStarts, lineText, positionAt } from "./source-text.ts";

export interface SourceTextFile {
  id: string;
  /** The text file as reports show it (relative to the cwd when below it). */
  file: string;
  text: string;
}

/** A `quote` literal in a script: where it is, what it says, and the `source` literal of the same statement. */
export interface QuoteUse {
  file: string;
  line: number;
  column: number;
  quote: string;
  source: string | null;
  /** The planned file it is in: its text for the error line and its statement count. */
  plan: FilePlan;
}

/** Texts of every `sources/` folder beside the given scripts, by source id (the file name up to its first dot). */
export async function readSourceTexts(
  files: readonly string[],
  relativeTo?: string,
): Promise<Map<string, SourceTextFile>> {
  const texts = new Map<string, SourceTextFile>();
  for (const dir of new Set(files.map((f) => join(dirname(f), "sources")))) {
    if (!existsSync(dir)) continue;
    for (const name of (await readdir(dir)).filter((n) => n.endsWith(".txt")).sort()) {
      const path = join(dir, name);
      const id = name.slice(0, name.indexOf("."));
      const shown = display(path, relativeTo);
      const earlier = texts.get(id);
      if (earlier)
        throw new SeedFileError(`Two texts for source '${id}': ${earlier.file} and ${shown}; keep one.`, { id });
      const text = (await readFile(path, "utf8")).replace(/^\uFEFF/, "");
      texts.set(id, { id, file: shown, text });
    }
  }
  return texts;
}

// quote: '...' / quote = "..." and source: '...', as Cypher string literals with backslash escapes.
const QUOTE = /\bquote\s*[:=]\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")/g;
const SOURCE = /\bsource\s*[:=]\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")/g;

/** Reads a Cypher string literal's body as Neo4j does (\n, \t, \uXXXX, and \x for any other x). */
export function unescapeCypher(body: string): string {
  return body.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_, e: string) => {
    if (e.length === 5) return String.fromCharCode(parseInt(e.slice(1), 16));
    return ({ n: "\n", t: "\t", r: "\r", b: "\b", f: "\f" } as Record<string, string>)[e] ?? e;
  });
}

/** Every quote literal of a planned file, each with the source literal of its own property map (else the nearest). */
export function quotesOfPlan(plan: FilePlan): QuoteUse[] {
  const uses: QuoteUse[] = [];
  for (const statement of [...plan.before, ...plan.data, ...plan.after]) {
    const sources = [...statement.text.matchAll(SOURCE)].map((m) => ({
      at: m.index,
      id: unescapeCypher(m[1] ?? m[2] ?? ""),
    }));
    for (const m of statement.text.matchAll(QUOTE)) {
      // The `source` of the same property map wins, whichever comes first in it; else the nearest after, else before.
      const open = statement.text.lastIndexOf("{", m.index);
      const close = statement.text.indexOf("}", m.index + m[0].length);
      const same = sources.find((s) => open >= 0 && s.at > open && (close < 0 || s.at < close));
      const after = same ?? sources.find((s) => s.at > m.index);
      const before = sources.filter((s) => s.at < m.index).at(-1);
      const offset = statement.offset + m.index + m[0].length - (m[1] ?? m[2] ?? "").length - 2;
      const { line, column } = positionAt(plan.starts, offset);
      uses.push({
        file: plan.file,
        line,
        column,
        quote: unescapeCypher(m[1] ?? m[2] ?? ""),
        source: (after ?? before)?.id ?? null,
        plan,
      });
    }
  }
  return uses;
}

/**
 * Refuses the load, before anything is written, at the first quote not found verbatim in its source's text: the
 * error names the script's file:line:column, the text file, and the nearest passage (with its line) to compare.
 */
export function checkSourceQuotes(plans: readonly FilePlan[], texts: ReadonlyMap<string, SourceTextFile>): void {
  if (texts.size === 0) return;
  for (const plan of plans) {
    for (const use of quotesOfPlan(plan)) {
      const candidates = use.source === null ? [...texts.values()] : [texts.get(use.source)].filter((t) => t);
      if (candidates.length === 0) {
        const known = [...texts.keys()].map((k) => `'${k}'`).join(", ");
        fail(use, `source '${use.source}' has no text in sources/ (texts there: ${known})`);
      }
      if (use.quote.trim() === "") fail(use, "the quote is empty");
      if (candidates.some((t) => t?.text.includes(use.quote))) continue;
      const target = candidates[0];
      if (!target) continue;
      fail(use, `quote not found verbatim in ${target.file} (source '${target.id}')${nearestNote(target, use.quote)}`);
    }
  }
}

function nearestNote(target: SourceTextFile, quote: string): string {
  const near = nearestPassage(target.text, quote);
  if (!near) return "";
  const starts = lineStarts(target.text);
  const { line, column } = positionAt(starts, near.start);
  const edits = near.edits === 1 ? "1 character differs" : `${near.edits} characters differ`;
  return `; nearest passage, ${target.file}:${line}:${column} (${edits}): «${near.text}» — the quote reads «${quote}»`;
}

function fail(use: QuoteUse, reason: string): never {
  throw new SeedError({
    file: use.file,
    line: use.line,
    column: use.column,
    reason,
    sourceLine: lineText(use.plan.source, use.plan.starts, use.line),
    statements: use.plan.statements.length,
    phase: "check",
    schemaCommitted: [],
    undone: [],
    leftOver: [],
  });
}

function display(path: string, base: string | undefined): string {
  if (!base) return path;
  const rel = relative(base, path);
  return rel.startsWith("..") || isAbsolute(rel) ? path : rel;
}

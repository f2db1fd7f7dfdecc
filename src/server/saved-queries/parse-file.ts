// Turns the text of one query file into a SavedQuery, or into every problem found in it, each with its line.
import { SavedQuerySchema } from "../../shared/saved-query.ts";
import { segments } from "../cypher-text/lexer.ts";
import { usedParams } from "./cypher-params.ts";
import { splitHeader } from "./header-lines.ts";
import { parseParam } from "./parse-param.ts";
import { parseNeeds, type Needs } from "./parse-needs.ts";
import type { HeaderEntry, Problem, SavedQuery, SavedQueryParam } from "./types.ts";

export type ParseResult = { query: SavedQuery; problems: [] } | { query?: undefined; problems: Problem[] };

const NAME = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** `name` is the file name without `.cypher`; `file` is how messages name the file. */
export function parseSavedQuery(text: string, name: string, file: string): ParseResult {
  const problems: Problem[] = [];
  const problem = (line: number, message: string) => problems.push({ file, line, message });
  if (!NAME.test(name))
    problem(1, `file name '${name}.cypher' is not kebab-case (lower-case words joined by '-'): it is the query's name`);

  const { entries, malformed, bodyLine } = splitHeader(text);
  for (const m of malformed) problem(m.line, m.message);
  const byKey = (key: string) => entries.filter((e) => e.key === key);

  const single = (key: string, required: boolean): HeaderEntry | undefined => {
    const found = byKey(key);
    if (!found.length && required) problem(1, `missing '// ${key}: ...' header line`);
    for (const extra of found.slice(1)) problem(extra.line, `'${key}' given twice (first on line ${found[0]!.line})`);
    const first = found[0];
    if (first && !first.value) problem(first.line, `${key} is empty`);
    return first;
  };
  const title = single("title", true);
  const tagsEntry = single("tags", false);
  const needsEntry = single("needs", false);
  let needs: Needs | undefined;
  if (needsEntry?.value) {
    const parsed = parseNeeds(needsEntry.value);
    if ("errors" in parsed) for (const message of parsed.errors) problem(needsEntry.line, message);
    else needs = parsed.needs;
  }
  // Long descriptions may span several `// description:` lines; they read as one paragraph.
  const descriptions = byKey("description");
  if (!descriptions.length) problem(1, "missing '// description: ...' header line");
  for (const d of descriptions) if (!d.value) problem(d.line, "description is empty");

  const params: (SavedQueryParam & { line: number })[] = [];
  const broken = new Set<string>();
  for (const entry of byKey("param")) {
    const parsed = parseParam(entry);
    if ("errors" in parsed) {
      for (const message of parsed.errors) problem(entry.line, message);
      if (parsed.name) broken.add(parsed.name);
      continue;
    }
    const twin = params.find((p) => p.name === parsed.param.name);
    if (twin) problem(entry.line, `param '${twin.name}' declared twice (first on line ${twin.line})`);
    else params.push({ ...parsed.param, line: entry.line });
  }

  const cypher = bodyText(text, bodyLine);
  if (!hasCode(cypher)) problem(bodyLine, "no Cypher after the header");
  const extra = statementBreak(text, bodyLine);
  if (extra) problem(extra, "one statement per file: a ';' may only end the query");

  // Both directions, so a renamed parameter cannot silently fall back to its default or to null.
  const used = usedParams(text);
  for (const p of params) {
    if (!used.has(p.name)) problem(p.line, `param '${p.name}' is declared but the Cypher never uses $${p.name}`);
  }
  for (const [param, line] of used) {
    if (!params.some((p) => p.name === param) && !broken.has(param))
      problem(
        line,
        `$${param} is used but not declared: add '// param: ${param} | type | default ... | example ... | description'`,
      );
  }

  if (problems.length) return { problems };
  const query = SavedQuerySchema.parse({
    name,
    title: title!.value,
    description: descriptions.map((d) => d.value).join(" "),
    tags: (tagsEntry?.value ?? "")
      .split(",")
      .map((t) => t.trim())
      .filter(Boolean),
    params: params.map(({ line: _line, ...p }) => p),
    cypher,
    ...(needs ? { needs } : {}),
  });
  return { query, problems: [] };
}

/** The Cypher below the header, without a trailing `;` (the driver runs one statement and rejects it otherwise). */
function bodyText(text: string, bodyLine: number): string {
  return text
    .split(/\r\n|\n|\r/)
    .slice(bodyLine - 1)
    .join("\n")
    .trim()
    .replace(/;\s*$/, "")
    .trimEnd();
}

function hasCode(cypher: string): boolean {
  for (const seg of segments(cypher)) {
    if (seg.kind !== "comment" && cypher.slice(seg.start, seg.end).trim()) return true;
  }
  return false;
}

/** Line of a `;` that has code after it, i.e. a second statement; undefined when there is none. */
function statementBreak(text: string, bodyLine: number): number | undefined {
  const segs = [...segments(text)];
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i]!;
    if (seg.kind !== "code") continue;
    const code = text.slice(seg.start, seg.end);
    for (let at = code.indexOf(";"); at >= 0; at = code.indexOf(";", at + 1)) {
      const rest =
        code.slice(at + 1).trim() ||
        segs.slice(i + 1).some((s) => s.kind !== "comment" && text.slice(s.start, s.end).trim());
      if (rest) {
        const line = text.slice(0, seg.start + at).split(/\r\n|\n|\r/).length;
        if (line >= bodyLine) return line;
      }
    }
  }
  return undefined;
}

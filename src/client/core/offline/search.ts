// Client-side search over names and aliases in three languages: Latin words with prefix and fuzzy, CJK as bigrams.
import MiniSearch from "minisearch";
import type { SearchQuery, SearchResponse, WireNode } from "../../../shared/index.ts";

const FIELDS = ["name", "name_ja", "name_zh", "aliases_text"] as const;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー]+/gu;

/** Like Neo4j's cjk analyzer: Latin words whole and lower-cased, runs of CJK characters as overlapping bigrams. */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const word of text
    .toLowerCase()
    .replace(CJK, " ")
    .split(/[^\p{L}\p{N}]+/u))
    if (word) tokens.push(word);
  for (const run of text.match(CJK) ?? []) {
    if (run.length === 1) tokens.push(run);
    for (let i = 0; i + 1 < run.length; i++) tokens.push(run.slice(i, i + 2));
  }
  return tokens;
}

const names = (n: WireNode) =>
  [
    n.properties.name,
    n.properties.name_ja,
    n.properties.name_zh,
    ...(Array.isArray(n.properties.aliases) ? n.properties.aliases : []),
  ].filter((x): x is string => typeof x === "string");
const fold = (s: string) => s.toLowerCase().replace(/[\s・·]/g, "");

/** Builds the index in one go: in the page it runs in the snapshot worker, so a long indexing task blocks nobody. */
export function createSearch(nodes: readonly WireNode[]) {
  const entities = nodes.filter((n) => n.labels.includes("Entity"));
  const mini = new MiniSearch<{ id: string } & Record<string, string>>({
    fields: [...FIELDS],
    tokenize,
    searchOptions: {
      prefix: (term) => /^[a-z0-9]/.test(term),
      fuzzy: (term) => (/^[a-z]{3,}$/.test(term) ? 1 : 0),
      combineWith: "AND",
    },
  });
  const documents = entities.map((n) => ({
    id: n.id,
    name: String(n.properties.name ?? ""),
    name_ja: String(n.properties.name_ja ?? ""),
    name_zh: String(n.properties.name_zh ?? ""),
    aliases_text: names(n).join(" | "),
  }));
  mini.addAll(documents);
  const byId = new Map(entities.map((n) => [n.id, n]));

  return ({ q, labels, limit }: SearchQuery): SearchResponse => {
    const needle = fold(q);
    const hits = mini
      .search(q)
      .map((r) => byId.get(String(r.id))!)
      .filter((n) => !labels?.length || n.labels.some((l) => labels.includes(l)))
      .map((node, order) => {
        const all = names(node);
        const folded = all.map(fold);
        // Same ranking rule as the server: exact name, then the shortest name starting with the query.
        const rank = folded.includes(needle) ? 0 : folded.some((n) => n.startsWith(needle)) ? 1 : 2;
        const len = Math.min(...folded.filter((n) => n.startsWith(needle)).map((n) => n.length), 1e9);
        return { node, order, rank, len, matched: all.find((n) => fold(n).includes(needle)) ?? all[0] ?? "" };
      })
      .sort((a, b) => a.rank - b.rank || a.len - b.len || a.order - b.order)
      .slice(0, limit);
    return {
      query: q,
      hits: hits.map(({ node, matched }, i) => ({
        node,
        key: String(node.properties.id ?? node.id),
        name: String(node.properties.name ?? node.properties.id ?? node.id),
        matched,
        label: node.labels.find((l) => l !== "Entity") ?? node.labels[0] ?? "",
        score: hits.length - i,
      })),
    };
  };
}

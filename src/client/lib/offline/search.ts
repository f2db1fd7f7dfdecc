// Client-side search over names and aliases in three languages: Latin words with prefix and fuzzy, CJK as bigrams.
import MiniSearch, { type Query } from "minisearch";
import {
  captionOf,
  matchedName,
  nodeKey,
  primaryLabel,
  rankByName,
  searchableNames,
  searchKeys,
  captionIn,
  type Perspective,
  searchTerms,
  SEARCH_STOP_WORDS,
  type SearchQuery,
  type SearchResponse,
  type WireNode,
} from "../../../shared/index.ts";

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

/**
 * The live search's Lucene query, in MiniSearch's terms: every word is required; a Latin word matches exactly, as a
 * prefix or with one typo; a CJK word matches any of its bigrams, as the cjk analyzer's OR of them does.
 */
export function queryOf(q: string): Query {
  return {
    combineWith: "AND",
    queries: searchTerms(q).map(({ text, latin, fuzzy }) => {
      const parts = tokenize(text);
      // Lucene's prefix and fuzzy forms take the word unanalyzed, so they only match a word the index keeps whole;
      // a word the analyzer splits ("e-comm", CJK text) matches any of its parts exactly.
      return latin && parts.length === 1 && parts[0] === text.toLowerCase()
        ? { queries: parts, prefix: true, fuzzy: fuzzy ? 1 : 0 }
        : { queries: parts, combineWith: "OR", prefix: false, fuzzy: 0 };
    }),
  };
}

/** A graph's names as one text field: the perspective's caption and name properties (strings and lists of them). */
function namesText(node: WireNode, keys: readonly string[]): string {
  return keys
    .flatMap((key) => {
      const value = node.properties[key];
      return Array.isArray(value) ? value : [value];
    })
    .filter((v): v is string => typeof v === "string")
    .join(" | ");
}

/**
 * Builds the index in one go: in the page it runs in the snapshot worker, so a long indexing task blocks nobody.
 * The article's :Entity nodes are indexed as its entity_names index does; any other graph's nodes over the
 * perspective's caption and name properties, as the server's explorer_names does (src/server/explore/search-index.ts).
 */
export function createSearch(nodes: readonly WireNode[], perspective?: Perspective) {
  const article = nodes.some((n) => n.labels.includes("Entity"));
  const entities = article ? nodes.filter((n) => n.labels.includes("Entity")) : nodes;
  const keys = article || !perspective ? [] : searchKeys(perspective);
  const mini = new MiniSearch<{ id: string } & Record<string, string>>({
    fields: article ? [...FIELDS] : ["names"],
    tokenize,
    // Indexed as Neo4j's cjk analyzer indexes: without English stop words. Queries keep theirs (see searchTerms).
    processTerm: (term) => (SEARCH_STOP_WORDS.has(term) ? null : term),
    searchOptions: { processTerm: (term) => term },
  });
  const documents = entities.map((n): { id: string } & Record<string, string> =>
    article
      ? {
          id: n.id,
          name: String(n.properties.name ?? ""),
          name_ja: String(n.properties.name_ja ?? ""),
          name_zh: String(n.properties.name_zh ?? ""),
          aliases_text: searchableNames(n).join(" | "),
        }
      : { id: n.id, names: namesText(n, keys) },
  );
  mini.addAll(documents);
  const byId = new Map(entities.map((n) => [n.id, n]));
  // The hit's words, as the live search gives them: the article's names, else the perspective's caption.
  const caption = (node: WireNode) => (article || !perspective ? captionOf(node) : captionIn(node, perspective));

  return ({ q, labels, limit }: SearchQuery): SearchResponse => {
    const found = mini
      .search(queryOf(q))
      .map((r) => byId.get(String(r.id))!)
      .filter((n) => !labels?.length || n.labels.some((l) => labels.includes(l)));
    // The server's ranking rule, over the engine's order (shared/entity.ts).
    const ranked = rankByName(found, (node) => node, q, keys).slice(0, limit);
    return {
      query: q,
      hits: ranked.map((node, i) => ({
        node,
        // Only :Entity nodes are looked up by slug; any other node by its element id (as live).
        key: node.labels.includes("Entity") ? nodeKey(node) : node.id,
        name: caption(node),
        matched: matchedName(node, q, keys) || caption(node),
        label: primaryLabel(node.labels),
        score: ranked.length - i,
      })),
    };
  };
}

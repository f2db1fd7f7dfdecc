// Entity rules, once for server, client and offline edition: primary label, slug vs element id, names, search ranking.
import type { Properties } from "./json.ts";
import type { WireNode } from "./graph.ts";

export const LANGUAGES = ["en", "ja", "zh"] as const;
export type Language = (typeof LANGUAGES)[number];

export interface NodeNames {
  en: string | null;
  ja: string | null;
  zh: string | null;
  /** Last resort before the slug: nodes such as Source carry a title rather than a name. */
  title: string | null;
}

/** Labels that say nothing about what a node is, so they never decide its category. */
export const GENERIC_LABELS: ReadonlySet<string> = new Set(["Entity", "Node", "Resource"]);

/** The article's categories, in the order that decides a node with several of them. */
export const KNOWN_CATEGORIES: readonly string[] = [
  "Person",
  "Company",
  "Model",
  "Product",
  "Investment",
  "Event",
  "Organization",
  "Place",
  "Source",
];

export const FALLBACK_CATEGORY = "Entity";

/** The label that says what a node is: a known category first, else the first specific label alphabetically. */
export function primaryLabel(labels: readonly string[]): string {
  const specific = labels.filter((label) => !GENERIC_LABELS.has(label));
  const known = KNOWN_CATEGORIES.find((label) => specific.includes(label));
  return known ?? [...specific].sort()[0] ?? labels[0] ?? FALLBACK_CATEGORY;
}

/** Element ids contain ':', slugs never do: the one rule for "which kind of id is this?". */
export const isElementId = (id: string): boolean => id.includes(":");

/** A node's slug (`properties.id`), stable across reloads, when it has one. */
export function slugOf(node: Pick<WireNode, "properties">): string | null {
  const slug = node.properties.id;
  return typeof slug === "string" && slug !== "" ? slug : null;
}

/** What links, URLs and search hits use for a node: its slug, else its element id. */
export const nodeKey = (node: WireNode): string => slugOf(node) ?? node.id;

function text(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}

export function namesOf(properties: Properties): NodeNames {
  return {
    en: text(properties.name),
    ja: text(properties.name_ja),
    zh: text(properties.name_zh),
    title: text(properties.title),
  };
}

/**
 * The preferred language first, then name -> name_ja -> name_zh, then a title (Source nodes have
 * one instead of a name), then the slug, then the caller's fallback (the elementId).
 */
export function displayName(names: NodeNames, language: Language, slug: string | null, fallback: string): string {
  const order: Language[] = [language, ...LANGUAGES.filter((l) => l !== language)];
  for (const l of order) {
    const name = names[l];
    if (name) return name;
  }
  return names.title ?? slug ?? fallback;
}

/**
 * The language displayName takes its name from: the preferred one when it has a name, else the first fallback that
 * has one; null when no name is set (a title, slug or id is in no particular language). The page marks a name shown in
 * another language than the one chosen.
 */
export function displayNameLanguage(names: NodeNames, language: Language): Language | null {
  return [language, ...LANGUAGES.filter((l) => l !== language)].find((l) => names[l] !== null) ?? null;
}

/** displayNameLanguage straight from wire properties. */
export function displayNameLanguageOf(properties: Properties, language: Language): Language | null {
  return displayNameLanguage(namesOf(properties), language);
}

/** Display name straight from wire properties (used where no graph node exists, e.g. detail payloads). */
export function displayNameOf(properties: Properties, language: Language, fallback: string): string {
  return displayName(namesOf(properties), language, text(properties.id), fallback);
}

/** The name a search hit shows: the English name, else the slug, else the element id. */
export const captionOf = (node: WireNode): string => String(node.properties.name ?? node.properties.id ?? node.id);

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * Every name a user may type for a node: the three languages, then its aliases; then, on a graph of another shape,
 * the values of `keys` (a perspective's caption and name properties: strings, or lists of strings).
 */
export function searchableNames(node: WireNode, keys: readonly string[] = []): string[] {
  const { name, name_ja, name_zh, aliases } = node.properties;
  const extra = keys.flatMap((key) => {
    const value = node.properties[key];
    return Array.isArray(value) ? value : [value];
  });
  return [name, name_ja, name_zh, ...(Array.isArray(aliases) ? aliases : []), ...extra].filter(
    (n): n is string => typeof n === "string",
  );
}

/** Case, spaces and the middle dots of Japanese and Chinese names do not count when comparing names. */
export const foldName = (s: string): string => s.toLowerCase().replace(/[\s・·]/g, "");

/** The name or alias the user most likely typed: the first that contains the query, else the first name. */
export function matchedName(node: WireNode, q: string, keys?: readonly string[]): string {
  const needle = foldName(q);
  const names = searchableNames(node, keys);
  return names.find((n) => foldName(n).includes(needle)) ?? names[0] ?? "";
}

/** Code-unit order, as Neo4j (Java) compares strings: not the locale's, which skips punctuation such as '_'. */
export const compareCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * How well a node's names answer a query, smaller first: a name equal to the query; then one starting with it, the
 * shortest first ("alibab" -> "Alibaba" before "Alibaba leadership change"); then one containing it, earliest
 * first; then the rest (fuzzy or partial matches), shortest name first.
 */
export function nameRank(node: WireNode, q: string, keys?: readonly string[]): [number, number, number] {
  const needle = foldName(q);
  const names = searchableNames(node, keys).map(foldName);
  const shortest = (list: string[]) => Math.min(...list.map((n) => n.length), Number.MAX_SAFE_INTEGER);
  if (names.includes(needle)) return [0, 0, needle.length];
  const starting = names.filter((n) => n.startsWith(needle));
  if (starting.length) return [1, 0, shortest(starting)];
  const at = Math.min(...names.map((n) => n.indexOf(needle)).filter((i) => i >= 0), Number.MAX_SAFE_INTEGER);
  if (at !== Number.MAX_SAFE_INTEGER) return [2, at, shortest(names.filter((n) => n.indexOf(needle) === at))];
  return [3, 0, shortest(names)];
}

/**
 * The one order of search hits, whichever engine found them (Lucene live, MiniSearch offline): by nameRank, then by
 * caption and key, so both editions list the same hits in the same order. Engines only decide what matches.
 */
export function rankByName<T>(
  hits: readonly T[],
  nodeOf: (hit: T) => WireNode,
  q: string,
  keys?: readonly string[],
): T[] {
  return hits
    .map((hit) => ({ hit, node: nodeOf(hit), rank: nameRank(nodeOf(hit), q, keys) }))
    .sort(
      (a, b) =>
        a.rank[0] - b.rank[0] ||
        a.rank[1] - b.rank[1] ||
        a.rank[2] - b.rank[2] ||
        compareCodeUnits(captionOf(a.node), captionOf(b.node)) ||
        compareCodeUnits(nodeKey(a.node), nodeKey(b.node)),
    )
    .map((x) => x.hit);
}

/** Latin-script words get prefix and fuzzy matching; other scripts are matched as the cjk analyzer splits them. */
const LATIN_TERM = /^[\p{Script=Latin}\p{N}'._-]+$/u;

export interface SearchTerm {
  text: string;
  latin: boolean;
  /** Latin words of three characters or more also match with one typo. */
  fuzzy: boolean;
}

/**
 * English words the cjk analyzer leaves out of Neo4j's full-text index (Lucene's English stop set): a query word among
 * them can never match, so it must not be required ("Alibaba AI mandate for all divisions" found nothing).
 */
export const SEARCH_STOP_WORDS: ReadonlySet<string> = new Set(
  (
    "a an and are as at be but by for if in into is it no not of on or such that the their then there these they " +
    "this to was will with"
  ).split(" "),
);

/** What both search engines match: every whitespace-separated word (at most 12) but stop words, each required. */
export function searchTerms(q: string): SearchTerm[] {
  const terms = q
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 12)
    .map((text) => {
      const latin = LATIN_TERM.test(text);
      return { text, latin, fuzzy: latin && text.length >= 3 };
    });
  const meaningful = terms.filter((t) => !t.latin || !SEARCH_STOP_WORDS.has(t.text.toLowerCase()));
  // A query of stop words alone still searches, as prefixes ("the" -> "theory").
  return meaningful.length ? meaningful : terms;
}

/** Properties that caption a node on graphs other than the article: a user may type these as its name too. */
export const CAPTION_KEYS: readonly string[] = ["title", "label", "caption"];

/** Every name a user may type to open a node: searchableNames, then captions (title, label, caption, extra keys). */
export function typedNames(node: Pick<WireNode, "properties">, extraKeys: readonly string[] = []): string[] {
  const captions = [...CAPTION_KEYS, ...extraKeys].map((k) => node.properties[k]);
  return [...searchableNames(node as WireNode), ...captions].filter(
    (n): n is string => typeof n === "string" && n.trim() !== "",
  );
}

/** A closest name offered when a typed name opens nothing: what to show and the key that opens it. */
export interface NameSuggestion {
  key: string;
  name: string;
}

/** The nodes among `candidates` (in their ranked order) one of whose names equals the typed text, folded. */
export function exactNameMatches<T extends Pick<WireNode, "properties">>(candidates: readonly T[], text: string): T[] {
  const needle = foldName(text.trim());
  return needle ? candidates.filter((n) => typedNames(n).some((name) => foldName(name) === needle)) : [];
}

/** Up to `limit` suggestions from ranked candidates: each node once, by its first name (or key). */
export function nameSuggestions(candidates: readonly WireNode[], limit = 5): NameSuggestion[] {
  const seen = new Set<string>();
  const out: NameSuggestion[] = [];
  for (const node of candidates) {
    const key = nodeKey(node);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ key, name: typedNames(node)[0] ?? key });
    if (out.length === limit) break;
  }
  return out;
}

/** "No node named 'Jak Ma'. Did you mean: Jack Ma, ...?", the same words live and offline. */
export function notFoundByName(text: string, suggestions: readonly NameSuggestion[]): string {
  const hint = suggestions.length ? ` Did you mean: ${suggestions.map((s) => s.name).join(", ")}?` : "";
  return `No node named '${text}'.${hint}`;
}

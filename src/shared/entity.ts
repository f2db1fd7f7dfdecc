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

/** Display name straight from wire properties (used where no graph node exists, e.g. detail payloads). */
export function displayNameOf(properties: Properties, language: Language, fallback: string): string {
  return displayName(namesOf(properties), language, text(properties.id), fallback);
}

/** The name a search hit shows: the English name, else the slug, else the element id. */
export const captionOf = (node: WireNode): string => String(node.properties.name ?? node.properties.id ?? node.id);

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

/** Every name a user may type for a node: the three languages, then its aliases. */
export function searchableNames(node: WireNode): string[] {
  const { name, name_ja, name_zh, aliases } = node.properties;
  return [name, name_ja, name_zh, ...(Array.isArray(aliases) ? aliases : [])].filter(
    (n): n is string => typeof n === "string",
  );
}

/** Case, spaces and the middle dots of Japanese and Chinese names do not count when comparing names. */
export const foldName = (s: string): string => s.toLowerCase().replace(/[\s・·]/g, "");

/** The name or alias the user most likely typed: the first that contains the query, else the first name. */
export function matchedName(node: WireNode, q: string): string {
  const needle = foldName(q);
  const names = searchableNames(node);
  return names.find((n) => foldName(n).includes(needle)) ?? names[0] ?? "";
}

/**
 * How well a node's names answer a query, smaller first: a name equal to the query, then one starting with it
 * (the shortest such name first: "alibab" -> "Alibaba" before "Alibaba leadership change"), then the rest.
 * Engines score prefix matches all alike, so hits are ordered by this, then by the engine's own order.
 */
export function nameRank(node: WireNode, q: string): [number, number] {
  const needle = foldName(q);
  const names = searchableNames(node).map(foldName);
  if (names.includes(needle)) return [0, 0];
  const starting = names.filter((n) => n.startsWith(needle)).map((n) => n.length);
  return starting.length ? [1, Math.min(...starting)] : [2, 0];
}

/** Orders engine hits (given in the engine's order) by nameRank, keeping the engine's order among equals. */
export function rankByName<T>(hits: readonly T[], nodeOf: (hit: T) => WireNode, q: string): T[] {
  return hits
    .map((hit, order) => ({ hit, order, rank: nameRank(nodeOf(hit), q) }))
    .sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1] || a.order - b.order)
    .map((x) => x.hit);
}

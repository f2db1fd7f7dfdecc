// Builds the lookup index of a snapshot once, and resolves an element id, a slug or a name to a node.
import {
  compareCodeUnits,
  exactNameMatches,
  foldName,
  isElementId,
  nameSuggestions,
  notFoundByName,
  slugOf,
  typedNames,
  type NameSuggestion,
  type SearchQuery,
  type SearchResponse,
  type Snapshot,
  type WireNode,
  type WireRelationship,
} from "../../../shared/index.ts";
import type { OfflineIndex } from "./types.ts";

export function indexSnapshot(snapshot: Snapshot): OfflineIndex {
  const byId = new Map(snapshot.nodes.map((n) => [n.id, n]));
  const bySlug = new Map<string, WireNode>();
  for (const n of snapshot.nodes) {
    const slug = slugOf(n);
    if (slug !== null) bySlug.set(slug, n);
  }
  const incident = new Map<string, WireRelationship[]>();
  for (const r of snapshot.relationships) {
    for (const end of r.start === r.end ? [r.start] : [r.start, r.end]) {
      const list = incident.get(end) ?? [];
      list.push(r);
      incident.set(end, list);
    }
  }
  const sources = new Map<string, WireNode>();
  for (const s of snapshot.sources) {
    const slug = slugOf(s);
    if (slug !== null) sources.set(slug, s);
  }
  return { snapshot, byId, bySlug, incident, sources };
}

/** Same lookup rule as the server (shared/entity.ts). */
export function findNode(index: OfflineIndex, id: string): WireNode {
  const node = isElementId(id) ? index.byId.get(id) : index.bySlug.get(id);
  if (!node) throw new OfflineNotFound(`No node with id '${id}' in this snapshot`);
  return node;
}

export class OfflineNotFound extends Error {
  readonly httpStatus = 404;
  constructor(
    message: string,
    /** Like the API's `details`: what was asked and, for a name, the closest names. */
    readonly details: { id: string; suggestions?: NameSuggestion[] } | null = null,
  ) {
    super(message);
  }
}

const CANDIDATES = 20;

/** The fallback of the live resolver's scan: names containing the folded text, equal names first, by element id. */
function scanNames(index: OfflineIndex, text: string): WireNode[] {
  const needle = foldName(text.trim());
  if (!needle) return [];
  const folded = (n: WireNode) => typedNames(n).map(foldName);
  return index.snapshot.nodes
    .filter((n) => folded(n).some((f) => f.includes(needle)))
    .sort(
      (a, b) =>
        Number(!folded(a).includes(needle)) - Number(!folded(b).includes(needle)) || compareCodeUnits(a.id, b.id),
    )
    .slice(0, CANDIDATES);
}

/**
 * The server's rule (explore/resolve-node.ts) over the snapshot: an element id, a slug, else the node named so in any
 * language, the search's best first; else 404 with the same suggestions as the API's.
 */
export async function resolveNode(
  index: OfflineIndex,
  search: (q: SearchQuery) => Promise<SearchResponse>,
  text: string,
): Promise<WireNode> {
  const direct = isElementId(text) ? index.byId.get(text) : undefined;
  const bySlug = direct ?? index.bySlug.get(text);
  if (bySlug) return bySlug;
  let ranked: WireNode[] = [];
  if (text.trim()) ranked = (await search({ q: text.trim().slice(0, 200), limit: CANDIDATES })).hits.map((h) => h.node);
  const exact = exactNameMatches(ranked, text)[0];
  if (exact) return exact;
  const scanned = scanNames(index, text);
  const named = exactNameMatches(scanned, text)[0];
  if (named) return named;
  const suggestions = nameSuggestions(ranked.length ? ranked : scanned, 5);
  throw new OfflineNotFound(notFoundByName(text, suggestions), { id: text, suggestions });
}

export const otherEnd = (r: WireRelationship, id: string) => (r.start === id ? r.end : r.start);

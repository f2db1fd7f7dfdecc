// Full-text search over entity names and aliases in Japanese, Chinese and English, ranked, with what matched.
import type { Node } from "neo4j-driver";
import type { SearchHit, SearchQuery, SearchResponse, WireNode } from "../../shared/index.ts";
import { nodeToWire } from "../db/to-wire.ts";
import { int, readRecords, type ReadContext } from "../db/read.ts";
import { SEARCH } from "../queries/explore.ts";
import { toLuceneQuery } from "./lucene.ts";
import { primaryLabel } from "./utils.ts";

const NAME_FIELDS = ["name", "name_ja", "name_zh"] as const;

function nameList(node: WireNode): string[] {
  const aliases = Array.isArray(node.properties.aliases) ? node.properties.aliases : [];
  return [...NAME_FIELDS.map((f) => node.properties[f]), ...aliases].filter((n): n is string => typeof n === "string");
}

/** The name or alias the user most likely typed: the first that contains the query, else the English name. */
export function matchedName(node: WireNode, q: string): string {
  const needle = fold(q);
  const names = nameList(node);
  return names.find((n) => fold(n).includes(needle)) ?? names[0] ?? "";
}

/**
 * Lucene scores prefix matches all alike, so rank names first: a name or alias equal to the query, then one
 * starting with it, the shortest such name first ("alibab" -> "Alibaba" before "Alibaba leadership change").
 */
function nameRank(node: WireNode, q: string): [number, number] {
  const needle = fold(q);
  const names = nameList(node).map(fold);
  if (names.includes(needle)) return [2, 0];
  const starting = names.filter((n) => n.startsWith(needle)).map((n) => n.length);
  return starting.length ? [1, Math.min(...starting)] : [0, 0];
}

const fold = (s: string) => s.toLowerCase().replace(/[\s・·]/g, "");

export async function search(ctx: ReadContext, { q, labels, limit }: SearchQuery): Promise<SearchResponse> {
  const query = toLuceneQuery(q);
  // Fetch more than asked so the re-ranking below can lift an exact name match that Lucene scored low.
  const records = await readRecords(ctx, SEARCH, {
    query,
    labels: labels?.length ? labels : null,
    limit: int(limit * 3),
  });
  const hits: SearchHit[] = records.map((r) => {
    const node = nodeToWire(r.get("node") as Node);
    return {
      node,
      key: String(node.properties.id ?? node.id),
      name: String(node.properties.name ?? node.properties.id ?? node.id),
      matched: matchedName(node, q),
      label: primaryLabel(node.labels),
      score: r.get("score") as number,
    };
  });
  const ranked = hits
    .map((hit, order) => ({ hit, order, rank: nameRank(hit.node, q) }))
    .sort((a, b) => b.rank[0] - a.rank[0] || a.rank[1] - b.rank[1] || a.order - b.order)
    .slice(0, limit)
    .map((x) => x.hit);
  return { query: q, hits: ranked };
}

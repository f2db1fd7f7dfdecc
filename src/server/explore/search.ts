// Full-text search over entity names and aliases in Japanese, Chinese and English, ranked, with what matched.
import type { Node } from "../db/driver-types.ts";
import {
  captionOf,
  matchedName,
  nodeKey,
  primaryLabel,
  rankByName,
  type SearchHit,
  type SearchQuery,
  type SearchResponse,
} from "../../shared/index.ts";
import { nodeToWire } from "../db/to-wire.ts";
import { int, readRecords, type ReadContext } from "../db/read.ts";
import { SEARCH } from "../queries/explore.ts";
import { toLuceneQuery } from "./lucene.ts";

/** Lucene's best few times the limit are ranked by name (shared/entity.ts), which lifts an exact name match that
 * Lucene scored low; the offline edition ranks all its matches the same way. */
const CANDIDATES_PER_HIT = 5;

export async function search(ctx: ReadContext, { q, labels, limit }: SearchQuery): Promise<SearchResponse> {
  const query = toLuceneQuery(q);
  const records = await readRecords(ctx, SEARCH, {
    query,
    labels: labels?.length ? labels : null,
    limit: int(limit * CANDIDATES_PER_HIT),
  });
  const hits: SearchHit[] = records.map((r) => {
    const node = nodeToWire(r.get("node") as Node);
    return {
      node,
      key: nodeKey(node),
      name: captionOf(node),
      matched: matchedName(node, q),
      label: primaryLabel(node.labels),
      score: r.get("score") as number,
    };
  });
  return { query: q, hits: rankByName(hits, (hit) => hit.node, q).slice(0, limit) };
}

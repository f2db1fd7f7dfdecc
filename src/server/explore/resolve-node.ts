// Turns what a person typed into one node: an element id, a slug (`id`, text or whole number), or a name in any language.
import type { Node } from "../db/driver-types.ts";
import {
  CAPTION_KEYS,
  exactNameMatches,
  foldName,
  isElementId,
  nameSuggestions,
  notFoundByName,
  type WireNode,
} from "../../shared/index.ts";
import { NotFoundError, UnavailableError } from "../errors.ts";
import { nodeToWire } from "../db/to-wire.ts";
import { int, readRecords, type ReadContext } from "../db/read.ts";
import { NODE_BY_ANY_ID, NODE_BY_ELEMENT_ID, NODE_BY_SLUG, NODES_BY_FOLDED_NAME } from "../queries/explore.ts";
import { search } from "./search.ts";

/** How many search hits are checked for an exact name: enough for namesakes and a few fuzzy neighbours. */
const CANDIDATES = 20;
const SUGGESTIONS = 5;
/** The properties the fallback scan reads (aliases as their joined text): names, then captions of other graphs. */
const NAME_KEYS = ["name", "name_ja", "name_zh", "aliases_text", ...CAPTION_KEYS];
const WHOLE_NUMBER = /^-?\d{1,15}$/;

async function first(ctx: ReadContext, cypher: string, params: Record<string, unknown>): Promise<Node | undefined> {
  const records = await readRecords(ctx, cypher, params);
  return records[0]?.get("n") as Node | undefined;
}

/** Ranked candidates for a name: the full-text search, else (no index, or nothing named so) a scan of the names. */
async function candidates(ctx: ReadContext, text: string): Promise<{ exact: WireNode[]; ranked: WireNode[] }> {
  let ranked: WireNode[] = [];
  try {
    ranked = (await search(ctx, { q: text.trim(), limit: CANDIDATES })).hits.map((h) => h.node);
  } catch (error) {
    if (error instanceof UnavailableError) throw error;
  }
  const exact = exactNameMatches(ranked, text);
  if (exact.length) return { exact, ranked };
  const folded = foldName(text.trim());
  const scanned = folded
    ? (await readRecords(ctx, NODES_BY_FOLDED_NAME, { keys: NAME_KEYS, folded, limit: int(CANDIDATES) })).map((r) =>
        nodeToWire(r.get("n") as Node),
      )
    : [];
  // Suggestions keep the search's ranking when it found anything.
  return { exact: exactNameMatches(scanned, text), ranked: ranked.length ? ranked : scanned };
}

/**
 * The one rule for "which node did the person mean": an element id, else a node whose `id` is the text (as text or
 * whole number), else the node named so in any language (case, spaces and middle dots aside), the search's best
 * first. Nothing → NotFoundError with up to five suggestions (`details.suggestions`: key and name).
 */
export async function resolveNode(ctx: ReadContext, text: string): Promise<Node> {
  if (isElementId(text)) {
    const byElementId = await first(ctx, NODE_BY_ELEMENT_ID, { id: text });
    if (byElementId) return byElementId;
  }
  const bySlug =
    (await first(ctx, NODE_BY_SLUG, { id: text })) ??
    (await first(ctx, NODE_BY_ANY_ID, { id: text, int: WHOLE_NUMBER.test(text) ? int(Number(text)) : null }));
  if (bySlug) return bySlug;
  const { exact, ranked } = await candidates(ctx, text);
  const named = exact[0] && (await first(ctx, NODE_BY_ELEMENT_ID, { id: exact[0].id }));
  if (named) return named;
  const suggestions = nameSuggestions(ranked, SUGGESTIONS);
  throw new NotFoundError(notFoundByName(text, suggestions), { id: text, suggestions });
}

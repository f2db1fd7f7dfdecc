// Full-text search over entity names and aliases in Japanese, Chinese and English, ranked, with what matched. On a
// graph of another shape: over each label's caption and names (explorer_names), else a bounded scan that says so.
import type { Driver, Node } from "../db/driver-types.ts";
import {
  captionIn,
  captionOf,
  matchedName,
  nodeKey,
  PERSPECTIVE_FORMAT,
  PERSPECTIVE_VERSION,
  primaryLabel,
  rankByName,
  searchKeys,
  searchTerms,
  type Perspective,
  type SearchHit,
  type SearchQuery,
  type SearchResponse,
} from "../../shared/index.ts";
import { nodeToWire } from "../db/to-wire.ts";
import { int, readRecords, type ReadContext } from "../db/read.ts";
import { SEARCH } from "../queries/explore.ts";
import { SEARCH_EXPLORER_INDEX, SEARCH_SCAN } from "../queries/search-index.ts";
import { AppError, UnavailableError } from "../errors.ts";
import { toLuceneQuery } from "./lucene.ts";
import { searchIndexState, searchPerspective } from "./search-index.ts";
import { readDbVersion } from "../answer-cache/db-version.ts";

/** Lucene's best few times the limit are ranked by name (shared/entity.ts), which lifts an exact name match that
 * Lucene scored low; the offline edition ranks all its matches the same way. */
const CANDIDATES_PER_HIT = 5;

/** The scan without an index reads every node: it gives up after this long rather than hold the request. */
export const SCAN_TIME_LIMIT_MS = 2_000;

/** What the user is told when no index exists: the command that makes one, for this graph. */
export function scanNote(graphDir?: string, timedOut = false): string {
  const command = graphDir ? `npm run index -- --graph ${graphDir}` : "npm run index";
  return timedOut
    ? `Search gave up after ${SCAN_TIME_LIMIT_MS / 1000} s without a full-text index: run \`${command}\`.`
    : `Search is slower without a full-text index: run \`${command}\`.`;
}

export interface SearchOptions {
  /** The graph folder (`--graph DIR`) whose perspective.json, when present, says what names a node. */
  graphDir?: string;
  /**
   * The perspective the page uses (the server's cache of it), or how to get it: asked for only when the search needs
   * captions and names, so a search through the article's index never waits for schema discovery. Without one, it is
   * worked out here once.
   */
  perspective?: Perspective | (() => Promise<Perspective>);
  /** False: list the indexes on every search, as before they were kept (the benchmark's old way). */
  keepIndex?: boolean;
}

export async function search(
  ctx: ReadContext,
  query: SearchQuery,
  options: SearchOptions = {},
): Promise<SearchResponse> {
  if (options.keepIndex === false) return searchWith(ctx, query, options, await listIndex(ctx));
  const known = await knownIndex(ctx);
  if (!known.fresh && known.index !== "unknown" && known.index?.name === "entity_names") {
    const found = await articleSearch(ctx, query).catch(orUnavailable);
    if (found) return found;
    // Dropped since it was listed: list the indexes again.
    indexes.delete(ctx.driver);
    return searchWith(ctx, query, options, await listIndex(ctx));
  }
  return searchWith(ctx, query, options, known.index);
}

type IndexAnswer = Awaited<ReturnType<typeof searchIndexState>> | "unknown";

/**
 * The search index in place, kept per driver for the database version it was listed under (loads and `npm run
 * index` bump it) and a few seconds: listing the indexes costs as much as the search itself (BENCHMARKS.md, "Scale").
 */
const indexes = new WeakMap<Driver, { version: string; at: number; index: IndexAnswer }>();
const INDEX_KEPT_MS = 5_000;

async function knownIndex(ctx: ReadContext): Promise<{ index: IndexAnswer; fresh: boolean }> {
  const version = await readDbVersion(ctx);
  const kept = indexes.get(ctx.driver);
  if (kept && kept.version === version && performance.now() - kept.at < INDEX_KEPT_MS)
    return { index: kept.index, fresh: false };
  const index = await listIndex(ctx);
  indexes.set(ctx.driver, { version, at: performance.now(), index });
  return { index, fresh: true };
}

function listIndex(ctx: ReadContext): Promise<IndexAnswer> {
  // A user who may not list indexes (SHOW INDEX privilege) still gets a search: each index is then tried in turn.
  return searchIndexState(ctx).catch((error: unknown) => {
    if (error instanceof UnavailableError) throw error;
    return "unknown" as const;
  });
}

async function searchWith(
  ctx: ReadContext,
  query: SearchQuery,
  options: SearchOptions,
  index: IndexAnswer,
): Promise<SearchResponse> {
  if (index === "unknown") {
    const article = await articleSearch(ctx, query).catch(orUnavailable);
    if (article) return article;
  } else if (index?.name === "entity_names") return articleSearch(ctx, query);
  const given = typeof options.perspective === "function" ? await options.perspective() : options.perspective;
  const { perspective, keys } = given
    ? { perspective: given, keys: searchKeys(given) }
    : await perspectiveOf(ctx, options.graphDir);
  if (index) {
    // Dropped or rebuilt since it was listed: the scan still answers.
    const found = await indexSearch(ctx, query, perspective, keys).catch(orUnavailable);
    if (found) return found;
  }
  return scanSearch(ctx, query, perspective, keys, options.graphDir);
}

/** A failed attempt gives way to the next way of searching; only an unreachable database is an error. */
function orUnavailable(error: unknown): undefined {
  if (error instanceof UnavailableError) throw error;
  return undefined;
}

/** The article's search, exactly as it has always been. */
async function articleSearch(ctx: ReadContext, { q, labels, limit }: SearchQuery): Promise<SearchResponse> {
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

function hitsOf(
  records: Awaited<ReturnType<typeof readRecords>>,
  q: string,
  perspective: Perspective,
  keys: string[],
): SearchHit[] {
  return records.map((r) => {
    const node = nodeToWire(r.get("node") as Node);
    return {
      node,
      // Only :Entity nodes are looked up by slug; any other node by its element id.
      key: node.labels.includes("Entity") ? nodeKey(node) : node.id,
      name: captionIn(node, perspective),
      matched: matchedName(node, q, keys) || captionIn(node, perspective),
      label: primaryLabel(node.labels),
      score: Number(r.get("score")),
    };
  });
}

async function indexSearch(
  ctx: ReadContext,
  { q, labels, limit }: SearchQuery,
  perspective: Perspective,
  keys: string[],
): Promise<SearchResponse> {
  const records = await readRecords(ctx, SEARCH_EXPLORER_INDEX, {
    query: toLuceneQuery(q),
    labels: labels?.length ? labels : null,
    limit: int(limit * CANDIDATES_PER_HIT),
  });
  const hits = hitsOf(records, q, perspective, keys);
  return { query: q, hits: rankByName(hits, (hit) => hit.node, q, keys).slice(0, limit), mode: "index" };
}

async function scanSearch(
  ctx: ReadContext,
  { q, labels, limit }: SearchQuery,
  perspective: Perspective,
  keys: string[],
  graphDir?: string,
): Promise<SearchResponse> {
  const terms = searchTerms(q).map((t) => t.text.toLowerCase());
  const scanCtx = { ...ctx, timeoutMs: Math.min(ctx.timeoutMs, SCAN_TIME_LIMIT_MS) };
  try {
    const records = await readRecords(scanCtx, SEARCH_SCAN, {
      keys,
      terms,
      labels: labels?.length ? labels : null,
      limit: int(limit * CANDIDATES_PER_HIT),
    });
    const hits = hitsOf(records, q, perspective, keys);
    return {
      query: q,
      hits: rankByName(hits, (hit) => hit.node, q, keys).slice(0, limit),
      mode: "scan",
      note: scanNote(graphDir),
    };
  } catch (error) {
    if (error instanceof UnavailableError) throw error;
    // A timeout, or anything else the database refused: no hits, and a note, never a raw Cypher error.
    const timedOut = error instanceof AppError && /TimedOut/.test(JSON.stringify(error.details ?? ""));
    return { query: q, hits: [], mode: "scan", note: scanNote(graphDir, timedOut) };
  }
}

const EMPTY_PERSPECTIVE: Perspective = {
  format: PERSPECTIVE_FORMAT,
  version: PERSPECTIVE_VERSION,
  labels: {},
  relationshipTypes: {},
};

/** Discovered once per server and graph folder (sampling every label costs a few queries). */
const perspectives = new WeakMap<Driver, Map<string, Promise<{ perspective: Perspective; keys: string[] }>>>();

function perspectiveOf(ctx: ReadContext, graphDir = ""): Promise<{ perspective: Perspective; keys: string[] }> {
  let byDir = perspectives.get(ctx.driver);
  if (!byDir) perspectives.set(ctx.driver, (byDir = new Map()));
  let found = byDir.get(graphDir);
  if (!found) {
    found = searchPerspective(ctx, graphDir || undefined)
      // A perspective.json that does not parse is reported at start-up; search still answers with a generated one.
      .catch((error: unknown) =>
        graphDir && !(error instanceof UnavailableError) ? searchPerspective(ctx) : Promise.reject(error),
      )
      // A database that cannot be sampled (an older Neo4j) is still searched, over the usual caption keys.
      .catch((error: unknown) =>
        error instanceof UnavailableError ? Promise.reject(error) : { perspective: EMPTY_PERSPECTIVE },
      )
      .then(({ perspective }) => ({ perspective, keys: searchKeys(perspective) }));
    byDir.set(graphDir, found);
    found.catch(() => byDir.delete(graphDir));
  }
  return found;
}

// The k shortest paths between two entities, each hop with its relationship and quote.
import type { Neo4jRecord, Path } from "../db/driver-types.ts";
import type { GraphPath, PathsQuery, PathsResponse, WireNode, WireRelationship } from "../../shared/index.ts";
import { nodeToWire, relationshipToWire } from "../db/to-wire.ts";
import { readRecords, type ReadContext } from "../db/read.ts";
import { readWithin } from "../db/read-within.ts";
import { kShortestPaths, RELATIONSHIP_COUNT } from "../queries/explore.ts";
import { toCount } from "./counts.ts";
import { findNode } from "./node-detail.ts";

/** How long a path search may take before it answers with the routes found so far (BENCHMARKS.md, "Scale"). */
export const DEFAULT_PATH_BUDGET_MS = 700;

/** Graphs with at most this many relationships are searched without a budget: k routes take milliseconds there. */
export const DEFAULT_BUDGET_ABOVE = 100_000;

export interface PathOptions {
  /**
   * Time for the whole search (ms); the routes found by then are sent, marked `truncated`. Undefined: no budget,
   * every query runs to its end under the query timeout (the way before budgets, kept for the benchmark).
   */
  budgetMs?: number;
  /** The budget applies only to graphs with more relationships than this (default DEFAULT_BUDGET_ABOVE). */
  budgetAbove?: number;
}

/** The relationship count from Neo4j's count store, asked at most every few seconds per driver. */
const sizes = new WeakMap<ReadContext["driver"], { at: number; relationships: Promise<number> }>();
const SIZE_KEPT_MS = 10_000;

function relationshipCount(ctx: ReadContext): Promise<number> {
  const known = sizes.get(ctx.driver);
  if (known && performance.now() - known.at < SIZE_KEPT_MS) return known.relationships;
  const relationships = readRecords(ctx, RELATIONSHIP_COUNT).then((r) => toCount(r[0]?.get("n") ?? 0));
  sizes.set(ctx.driver, { at: performance.now(), relationships });
  relationships.catch(() => sizes.delete(ctx.driver));
  return relationships;
}

/**
 * The first k paths through distinct node sequences that visit no node twice: Neo4j's SHORTEST matches trails (no
 * relationship twice), which may pass a node twice; nobody reads such a detour as a route.
 */
function distinctRoutes(records: readonly Neo4jRecord[], k: number): Neo4jRecord[] {
  const seen = new Set<string>();
  return records
    .filter((r) => {
      const path = r.get("p") as Path;
      const nodes = [path.start.elementId, ...path.segments.map((s) => s.end.elementId)];
      const route = nodes.join(">");
      if (seen.has(route) || new Set(nodes).size < nodes.length) return false;
      seen.add(route);
      return true;
    })
    .slice(0, k);
}

/** Shortest first; a stable sort keeps Neo4j's own order among equal lengths, as its ORDER BY length(p) does. */
const byLength = (records: Neo4jRecord[]) =>
  records.sort((a, b) => (a.get("p") as Path).length - (b.get("p") as Path).length);

export async function paths(ctx: ReadContext, q: PathsQuery, options: PathOptions = {}): Promise<PathsResponse> {
  const t0 = performance.now();
  const budgetMs =
    options.budgetMs !== undefined && (await relationshipCount(ctx)) > (options.budgetAbove ?? DEFAULT_BUDGET_ABOVE)
      ? options.budgetMs
      : undefined;
  const deadline = budgetMs === undefined ? Infinity : t0 + budgetMs;
  let cut = false;
  const [from, to] = await Promise.all([findNode(ctx, q.from), findNode(ctx, q.to)]);
  const params = { from: from.elementId, to: to.elementId };
  const run = async (k: number, directed: boolean): Promise<Neo4jRecord[]> => {
    if (budgetMs === undefined) return readRecords(ctx, kShortestPaths(q.maxHops, k, directed), params);
    const found = await readWithin(ctx, kShortestPaths(q.maxHops, k, directed, false), params, deadline);
    cut ||= found.cut;
    return byLength(found.records);
  };
  // Parallel relationships (FOUNDED and INFLUENCES between the same two nodes) can fill k with one route; then ask
  // for more and keep k distinct routes. Asking for more up front costs seconds around hubs (BENCHMARKS.md).
  const find = async (directed: boolean) => {
    // With a budget, one shortest route first (milliseconds where k routes may take seconds, BENCHMARKS.md): the
    // answer should the k-route search find none in time.
    const one = budgetMs === undefined || q.k === 1 ? [] : distinctRoutes(await run(1, directed), 1);
    if (budgetMs !== undefined && !cut && q.k > 1 && !one.length) return one;
    const first = await run(q.k, directed);
    const routes = distinctRoutes(first, q.k);
    if (cut && !routes.length) return one;
    if (routes.length === q.k || first.length < q.k || cut) return routes;
    const more = distinctRoutes(await run(Math.min(q.k * 5, 100), directed), q.k);
    // Cut short before it found as many routes as the first search: the first search's routes stand.
    return cut && more.length < routes.length ? routes : more;
  };
  let direction = q.direction;
  let distinct = await find(direction === "out");
  if (!distinct.length && direction === "out" && !cut) {
    direction = "both";
    distinct = await find(false);
  }
  const nodes = new Map<string, WireNode>();
  const relationships = new Map<string, WireRelationship>();
  const found: GraphPath[] = distinct.map((record) => {
    const path = record.get("p") as Path;
    const ids = [path.start.elementId];
    nodes.set(path.start.elementId, nodeToWire(path.start));
    const hops = path.segments.map((s) => {
      const relationship = relationshipToWire(s.relationship);
      nodes.set(s.end.elementId, nodeToWire(s.end));
      relationships.set(relationship.id, relationship);
      ids.push(s.end.elementId);
      return { from: s.start.elementId, to: s.end.elementId, relationship };
    });
    return { length: path.length, nodes: ids, hops };
  });
  return {
    direction,
    from: nodeToWire(from),
    to: nodeToWire(to),
    paths: found,
    nodes: [...nodes.values()],
    relationships: [...relationships.values()],
    ...(cut && budgetMs !== undefined ? { truncated: { reason: "time-budget" as const, budgetMs } } : {}),
    summary: {
      resultAvailableAfterMs: Math.round(performance.now() - t0),
      capped: false,
      timedOut: false,
      rowCount: found.length,
    },
  };
}

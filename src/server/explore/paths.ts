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

/**
 * A wider or deeper k-route search redoes the last one's breadth-first levels and more, so it takes at least as long:
 * it is started only with this many times the last search's time left (wider / last measured 1.4 to 10× on 1M
 * relationships, BENCHMARKS.md, part 4). One started with less would be cut, and a cut search runs on inside Neo4j
 * until its current level ends (Neo4j checks for termination between levels; within one it expands nodes it holds in
 * memory), for seconds around hubs.
 */
export const DEFAULT_PATH_GROWTH = 2;

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
  /** The graph's relationship count, as the server keeps it (explore/schema-cache.ts); absent: counted now. */
  relationshipCount?: () => Promise<number>;
  /**
   * With a budget, search for k routes no longer than the shortest route + 1 hop first, one hop deeper each time
   * fewer than k are found, up to maxHops (default true). False: straight to maxHops (the benchmark's old way).
   */
  deepen?: boolean;
  /**
   * With a budget, a wider or deeper search starts only with `growth` × the last search's time left in the budget
   * (default DEFAULT_PATH_GROWTH); otherwise the answer is the routes so far, marked cut short. Null: every search
   * starts while any budget is left (the benchmark's old way, part 2).
   */
  growth?: number | null;
}

const countRelationships = (ctx: ReadContext) =>
  readRecords(ctx, RELATIONSHIP_COUNT).then((r) => toCount(r[0]?.get("n") ?? 0));

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
    options.budgetMs !== undefined &&
    (await (options.relationshipCount ?? (() => countRelationships(ctx)))()) >
      (options.budgetAbove ?? DEFAULT_BUDGET_ABOVE)
      ? options.budgetMs
      : undefined;
  const deadline = budgetMs === undefined ? Infinity : t0 + budgetMs;
  let cut = false;
  // How long the last budgeted search took: the next, wider or deeper, takes at least as long.
  let lastMs = 0;
  const growth = options.growth === undefined ? DEFAULT_PATH_GROWTH : options.growth;
  /** Whether a wider or deeper search may start; when not, the answer is cut short without starting it. */
  const affordable = () => {
    if (budgetMs === undefined || growth === null || deadline - performance.now() >= growth * lastMs) return true;
    cut = true;
    return false;
  };
  const [from, to] = await Promise.all([findNode(ctx, q.from), findNode(ctx, q.to)]);
  const params = { from: from.elementId, to: to.elementId };
  const run = async (k: number, directed: boolean, maxHops = q.maxHops): Promise<Neo4jRecord[]> => {
    if (budgetMs === undefined) return readRecords(ctx, kShortestPaths(maxHops, k, directed), params);
    const started = performance.now();
    const found = await readWithin(ctx, kShortestPaths(maxHops, k, directed, false), params, deadline);
    lastMs = performance.now() - started;
    cut ||= found.cut;
    return byLength(found.records);
  };
  // Parallel relationships (FOUNDED and INFLUENCES between the same two nodes) can fill k with one route; then ask
  // for more and keep k distinct routes. Asking for more up front costs seconds around hubs (BENCHMARKS.md).
  // `complete`: no more routes within maxHops than these.
  const search = async (directed: boolean, maxHops: number) => {
    const first = await run(q.k, directed, maxHops);
    const routes = distinctRoutes(first, q.k);
    if (routes.length === q.k || first.length < q.k || cut) return { routes, complete: first.length < q.k };
    if (!affordable()) return { routes, complete: false };
    const wider = Math.min(q.k * 5, 100);
    const records = await run(wider, directed, maxHops);
    const more = distinctRoutes(records, q.k);
    // Cut short before it found as many routes as the first search: the first search's routes stand.
    return cut && more.length < routes.length
      ? { routes, complete: false }
      : { routes: more, complete: records.length < wider };
  };
  const find = async (directed: boolean) => {
    // With a budget, one shortest route first (milliseconds where k routes may take seconds, BENCHMARKS.md): the
    // answer should the k-route search find none in time.
    const one = budgetMs === undefined || q.k === 1 ? [] : distinctRoutes(await run(1, directed), 1);
    if (budgetMs !== undefined && !cut && q.k > 1 && !one.length) return one;
    // A search cut at its budget goes on in Neo4j until its breadth-first level ends, and the levels past the
    // shortest route's length are the big ones around hubs: so the k routes are sought one hop deeper at a time,
    // and a search that runs out of time stops at a smaller level (BENCHMARKS.md, "Second round").
    if (one.length && !affordable()) return one;
    const shortest = one[0] ? (one[0].get("p") as Path).length : q.maxHops;
    let hops = options.deepen === false ? q.maxHops : Math.min(q.maxHops, shortest + 1);
    let best: Neo4jRecord[] = [];
    for (;;) {
      const { routes, complete } = await search(directed, hops);
      if (routes.length > best.length) best = routes;
      if (cut) return best.length ? best : one;
      // Not complete: as many paths as asked were found within `hops`, so the search to maxHops finds these same ones.
      if (!complete || hops >= q.maxHops) return routes;
      if (!affordable()) return best;
      hops += 1;
    }
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

// The requests the latency benchmark sends, each over HTTP and as the same Cypher straight through the driver.
import neo4j, { type Driver, type Path } from "neo4j-driver";
import type { DatasetManifest, EntityRow } from "../generate/index.ts";
import { createRng } from "../generate/rng.ts";
import { toLuceneQuery } from "../server/explore/lucene.ts";
import {
  LABEL_COUNTS_FROM_STATS,
  NEIGHBOR_DEGREE,
  NEIGHBOR_PAGE,
  NODE_BY_SLUG,
  PROPERTY_KEYS,
  SEARCH,
  TYPE_COUNTS_FROM_STATS,
  kShortestPaths,
  NEIGHBOR_ORDER,
  NEIGHBOR_PAGE_KEPT,
} from "../server/queries/explore.ts";
import { READ_DB_VERSION } from "../server/queries/db-version.ts";
import { SHOW_SEARCH_INDEXES } from "../server/queries/search-index.ts";
import { DEFAULT_PATH_BUDGET_MS, paths } from "../server/explore/paths.ts";
import { PathsQuerySchema } from "../shared/index.ts";

export interface QueryCase {
  name: string;
  /** Served by the explorer started the old way (no path budget, no hub page order, indexes listed per search). */
  old?: boolean;
  /** The name of the case this one is the old way of: the report prints their ratio. */
  oldWayOf?: string;
  /** API path of request i. */
  path: (i: number) => string;
  /** The same Cypher the endpoint runs for request i, with the same parameters and parallelism. */
  raw: (i: number) => Promise<void>;
}

const SEARCH_LIMIT = 10;
const PAGE = 50;
const HUB_CURSORS = [0, 1_000, 5_000];

const SEARCH_CASE = "search";
const HUB_CASE = "expand a hub (one page of 50)";
const PATHS_CASE = "k shortest paths (k = 10, up to 6 hops)";

/**
 * `timeoutMs` bounds every raw query inside Neo4j (its transaction timeout), as the API bounds its own: an unbounded
 * `SHORTEST 10` around the hubs may otherwise run for minutes on a busy machine.
 */
export function queryCases(
  driver: Driver,
  database: string,
  manifest: DatasetManifest,
  entities: readonly EntityRow[],
  timeoutMs = 120_000,
): QueryCase[] {
  const ctx = { driver, database, timeoutMs };
  const run = (cypher: string, params: Record<string, unknown>) =>
    driver.executeQuery(cypher, params, {
      database,
      routing: neo4j.routing.READ,
      transactionConfig: { timeout: timeoutMs },
    });
  const node = async (id: string) => (await run(NODE_BY_SLUG, { id })).records[0]!.get("n").elementId as string;
  const rng = createRng(manifest.seed, 7);
  const terms = Array.from({ length: 64 }, (_, k) => {
    const p = entities[rng.below(entities.length)]!.props;
    // English names, an English prefix, Japanese and Chinese spellings, in turn.
    return [String(p.name), String(p.name).slice(0, 5), String(p.name_ja), String(p.name_zh)][k % 4]!;
  });
  const ordinary = manifest.ordinary;
  const hubs = manifest.hubs.map((h) => h.id);
  const pairs = ordinary.flatMap((a, i) => ordinary.slice(i + 1).map((b) => [a, b] as const));
  const neighbours = async (id: string, skip: number) => {
    const params = { elementId: await node(id), types: null, labels: null, direction: "both" };
    await Promise.all([
      run(NEIGHBOR_DEGREE, params),
      run(NEIGHBOR_PAGE, { ...params, skip: neo4j.int(skip), limit: neo4j.int(PAGE) }),
    ]);
  };
  const at = <T>(list: readonly T[], i: number) => list[i % list.length]!;
  const searchPath = (i: number) => `/api/search?q=${encodeURIComponent(at(terms, i))}&limit=${SEARCH_LIMIT}`;
  const hubPath = (i: number) =>
    `/api/nodes/${at(hubs, i)}/neighbors?limit=${PAGE}${at(HUB_CURSORS, i) ? `&cursor=${at(HUB_CURSORS, i)}` : ""}`;
  // As explore/paths.ts: k paths first, 5k only when parallel relationships repeat a route; undirected when no directed path.
  const routes = (records: readonly { get: (key: string) => unknown }[]) =>
    new Set(records.map((r) => (r.get("p") as Path).segments.map((s) => s.end.elementId).join(">"))).size;
  const pathsCase = (name: string, k: number): QueryCase => ({
    name,
    path: (i) => `/api/paths?from=${at(pairs, i)[0]}&to=${at(pairs, i)[1]}&k=${k}`,
    raw: async (i) => {
      const [from, to] = await Promise.all(at(pairs, i).map(node));
      const find = async (directed: boolean) => {
        const first = (await run(kShortestPaths(6, k, directed), { from, to })).records;
        return routes(first) < k && first.length === k
          ? (await run(kShortestPaths(6, Math.min(k * 5, 100), directed), { from, to })).records
          : first;
      };
      if (!(await find(true)).length) await find(false);
    },
  });
  // The new way's raw figure: the endpoint's own search (explore/paths.ts, with its budget) called in-process.
  const budgetedPathsCase = (name: string, k: number): QueryCase => ({
    ...pathsCase(name, k),
    raw: async (i) =>
      void (await paths(ctx, PathsQuerySchema.parse({ from: at(pairs, i)[0], to: at(pairs, i)[1], k }), {
        budgetMs: DEFAULT_PATH_BUDGET_MS,
      })),
  });
  // As explore/neighbors.ts with a kept order: the version, the node and the page's relationships by internal id, in
  // one query.
  const orders = new Map<string, { elementId: string; ids: number[] }>();
  const hubPage = async (id: string, skip: number) => {
    let order = orders.get(id);
    if (!order) {
      const elementId = await node(id);
      const params = { elementId, types: null, labels: null, direction: "both" };
      const ids = (await run(NEIGHBOR_ORDER, params)).records[0]?.get("ids") as { toNumber(): number }[];
      order = { elementId, ids: ids.map((x) => x.toNumber()) };
      orders.set(id, order);
    }
    const ids = order.ids.slice(skip, skip + PAGE).map((x) => neo4j.int(x));
    // One auto-commit query, as the API reads a kept page (explore/neighbors.ts).
    const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
    try {
      await session.run(NEIGHBOR_PAGE_KEPT, { elementId: order.elementId, ids }, { timeout: timeoutMs });
    } finally {
      await session.close();
    }
  };
  const searchRaw = async (i: number) =>
    void (await run(SEARCH, { query: toLuceneQuery(at(terms, i)), labels: null, limit: neo4j.int(SEARCH_LIMIT * 5) }));
  return [
    {
      name: SEARCH_CASE,
      path: searchPath,
      raw: async (i) => {
        await run(READ_DB_VERSION, {});
        await searchRaw(i);
      },
    },
    {
      name: "search, old way (indexes listed on every search)",
      old: true,
      oldWayOf: SEARCH_CASE,
      path: searchPath,
      raw: async (i) => {
        await run(SHOW_SEARCH_INDEXES, {});
        await searchRaw(i);
      },
    },
    {
      name: "expand an ordinary node",
      path: (i) => `/api/nodes/${at(ordinary, i)}/neighbors?limit=${PAGE}`,
      raw: (i) => neighbours(at(ordinary, i), 0),
    },
    {
      name: HUB_CASE,
      path: hubPath,
      raw: (i) => hubPage(at(hubs, i), at(HUB_CURSORS, i)),
    },
    {
      name: "expand a hub, old way (every relationship sorted per page)",
      old: true,
      oldWayOf: HUB_CASE,
      path: hubPath,
      raw: (i) => neighbours(at(hubs, i), at(HUB_CURSORS, i)),
    },
    pathsCase("a shortest path (k = 1, up to 6 hops)", 1),
    {
      name: "schema (labels, types, counts)",
      path: () => "/api/schema",
      raw: async () =>
        void (await Promise.all(
          [LABEL_COUNTS_FROM_STATS, TYPE_COUNTS_FROM_STATS, PROPERTY_KEYS].map((c) => run(c, {})),
        )),
    },
    budgetedPathsCase(PATHS_CASE, 10),
    { ...pathsCase("k shortest paths, old way (no time budget)", 10), old: true, oldWayOf: PATHS_CASE },
  ];
}

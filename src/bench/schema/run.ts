// Schema discovery and perspective generation on a generated big graph: a private Neo4j, bulk-loaded, then the
// server's discovery (counts from the count store, sampled properties and pairs) timed cold and warm, the sample-once way
// against the old one (a query per label and two per type) in the same run, alternating.
import { resolve } from "node:path";
import { writeDataset } from "../../generate/index.ts";
import { createDriver } from "../../server/db/driver.ts";
import { schema, schemaCounts } from "../../server/explore/schema.ts";
import { discoverSchema, type DiscoveryWay } from "../../server/explore/graph-schema.ts";
import { createSchemaCache } from "../../server/explore/schema-cache.ts";
import { generatePerspective, type GraphSchema } from "../../shared/index.ts";
import { bulkLoad } from "../../seed/bulk/index.ts";
import { startFreshInstance } from "../instance.ts";
import { load1, machineInfo, type MachineInfo } from "../machine.ts";
import { spread, type Spread } from "../stats.ts";

export interface SchemaBenchOptions {
  root: string;
  entities: number;
  relationships: number;
  seed: number;
  rounds: number;
  /** The private Neo4j's Bolt port. */
  port?: number;
  log?: (line: string) => void;
}

/** One way's figures: with Neo4j's query plans cleared first (as after a start), and with them cached. */
export interface WayFigures {
  planColdMs: Spread;
  warmMs: Spread;
}

export interface SchemaBenchResult {
  machine: MachineInfo;
  load1: number[];
  loadSeconds: number;
  nodes: number;
  relationships: number;
  labels: number;
  types: number;
  sampled: boolean;
  sampleSize: number;
  /** The first discovery after the load (the sample-once way), on a cold page cache and query plan cache. */
  firstMs: number;
  /** Old ÷ new per round, plans cleared. */
  planColdRatio: Spread;
  warmRatio: Spread;
  ways: Record<DiscoveryWay, WayFigures>;
  /** Whether both ways found the same schema. */
  same: boolean;
  /** Discovery again (what the server does after a load), ms. */
  discoveryMs: Spread;
  generateMs: Spread;
  /** What a request costs once discovered: the count-store fingerprint, and the cached schema. */
  cachedMs: Spread;
}

const time = async <T>(f: () => Promise<T> | T): Promise<[T, number]> => {
  const t0 = performance.now();
  const value = await f();
  return [value, performance.now() - t0];
};

export async function runSchemaBench(o: SchemaBenchOptions): Promise<SchemaBenchResult> {
  const log = o.log ?? (() => {});
  const loads = [load1()];
  const dir = resolve(o.root, ".data/generated", `e${o.entities}-r${o.relationships}-s${o.seed}`);
  log(`Generating ${o.entities} entities and ${o.relationships} relationships into ${dir}`);
  await writeDataset(dir, { entities: o.entities, relationships: o.relationships, seed: o.seed });
  const instance = await startFreshInstance({
    root: o.root,
    dataDir: ".data/neo4j-bench-schema",
    port: o.port ?? 7795,
  });
  const driver = createDriver(instance.conn);
  const database = instance.conn.database;
  try {
    log("Bulk-loading it into a private Neo4j");
    const [, loadMs] = await time(() => bulkLoad(driver, database, dir, { root: o.root }));
    loads.push(load1());
    const ctx = { driver, database, timeoutMs: 60_000 };
    const [first, firstMs] = await time(() => schema(ctx));
    const counts = await schemaCounts(ctx);
    const ways = await compareWays(ctx, counts, o.rounds, log);
    const discovery: number[] = [];
    const generation: number[] = [];
    const cached: number[] = [];
    const cache = createSchemaCache(ctx);
    await cache.get();
    for (let i = 0; i < o.rounds; i++) {
      log(`Round ${i + 1} of ${o.rounds}`);
      const [response, ms] = await time(() => schema(ctx));
      discovery.push(ms);
      const graph = response.graph as GraphSchema;
      generation.push((await time(() => generatePerspective(graph)))[1]);
      cached.push((await time(() => cache.get()))[1]);
    }
    loads.push(load1());
    const graph = first.graph as GraphSchema;
    return {
      machine: machineInfo(o.root, instance.version),
      load1: loads,
      loadSeconds: loadMs / 1000,
      nodes: graph.labels.reduce((n, l) => n + (l.name === "Entity" ? 0 : l.count), 0),
      relationships: graph.relationshipTypes.reduce((n, t) => n + t.count, 0),
      labels: graph.labels.length,
      types: graph.relationshipTypes.length,
      sampled: graph.sampled,
      sampleSize: graph.sampleSize,
      firstMs,
      ...ways,
      discoveryMs: spread(discovery),
      generateMs: spread(generation),
      cachedMs: spread(cached),
    };
  } finally {
    await driver.close();
    await instance.stop();
    instance.remove();
  }
}

const WAYS: DiscoveryWay[] = ["sample-once", "two-per-type"];

/** Both ways, `rounds` times each, alternating which goes first; each once with the plan cache cleared, once warm. */
async function compareWays(
  ctx: Parameters<typeof schemaCounts>[0],
  counts: Awaited<ReturnType<typeof schemaCounts>>,
  rounds: number,
  log: (line: string) => void,
): Promise<Pick<SchemaBenchResult, "planColdRatio" | "warmRatio" | "ways" | "same">> {
  const cold: Record<DiscoveryWay, number[]> = { "sample-once": [], "two-per-type": [] };
  const warm: Record<DiscoveryWay, number[]> = { "sample-once": [], "two-per-type": [] };
  const found: Partial<Record<DiscoveryWay, string>> = {};
  for (let i = 0; i < rounds; i++) {
    const order = i % 2 === 0 ? WAYS : [...WAYS].reverse();
    for (const way of order) {
      await ctx.driver.executeQuery("CALL db.clearQueryCaches()", {}, { database: ctx.database });
      const [graph, coldMs] = await time(() => discoverSchema(ctx, counts, undefined, way));
      cold[way].push(coldMs);
      warm[way].push((await time(() => discoverSchema(ctx, counts, undefined, way)))[1]);
      found[way] = JSON.stringify(graph);
    }
    log(`Round ${i + 1}: plans cleared ${order.map((w) => `${w} ${Math.round(cold[w].at(-1)!)} ms`).join(", ")}`);
  }
  const ratios = (by: Record<DiscoveryWay, number[]>) =>
    spread(by["two-per-type"].map((old, i) => old / by["sample-once"][i]!));
  return {
    planColdRatio: ratios(cold),
    warmRatio: ratios(warm),
    ways: {
      "sample-once": { planColdMs: spread(cold["sample-once"]), warmMs: spread(warm["sample-once"]) },
      "two-per-type": { planColdMs: spread(cold["two-per-type"]), warmMs: spread(warm["two-per-type"]) },
    },
    same: found["sample-once"] === found["two-per-type"],
  };
}

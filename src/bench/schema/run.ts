// Schema discovery and perspective generation on a generated big graph: a private Neo4j, bulk-loaded, then the
// server's discovery (counts from the count store, sampled properties and pairs) timed cold and warm.
import { resolve } from "node:path";
import { writeDataset } from "../../generate/index.ts";
import { createDriver } from "../../server/db/driver.ts";
import { schema } from "../../server/explore/schema.ts";
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
  log?: (line: string) => void;
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
  /** The first discovery after the load, on a cold page cache and query plan cache. */
  firstMs: number;
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
  const instance = await startFreshInstance({ root: o.root, dataDir: ".data/neo4j-bench-schema", port: 7795 });
  const driver = createDriver(instance.conn);
  const database = instance.conn.database;
  try {
    log("Bulk-loading it into a private Neo4j");
    const [, loadMs] = await time(() => bulkLoad(driver, database, dir, { root: o.root }));
    loads.push(load1());
    const ctx = { driver, database, timeoutMs: 60_000 };
    const [first, firstMs] = await time(() => schema(ctx));
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

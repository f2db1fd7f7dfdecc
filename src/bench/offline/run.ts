// The offline edition's size and speed: export the article graph and a synthetic one from a private Neo4j, then time them in Chromium.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDriver } from "../../server/db/driver.ts";
import { ENTITIES_FILE, writeDataset, type DatasetManifest, type EntityRow } from "../../generate/index.ts";
import { loadSavedQueries, savedQueriesDir } from "../../server/saved-queries/index.ts";
import { bulkLoad } from "../../seed/bulk/index.ts";
import { loadArticleGraph, resetDatabase } from "../../seed/index.ts";
import { exportSite } from "../../offline-export/index.ts";
import { launchChromium } from "../chromium.ts";
import { startFreshInstance, type BenchInstanceOptions } from "../instance.ts";
import { machineInfo, load1, type MachineInfo } from "../machine.ts";
import { serveStatic } from "../static-server.ts";
import { folderSize, type FolderSize } from "./folder-size.ts";
import { timeToInteractive, type InteractiveTiming } from "./time-to-interactive.ts";

export interface OfflineBenchOptions {
  root: string;
  runs: number;
  synthetic: { entities: number; relationships: number; seed: number };
  instance?: Omit<BenchInstanceOptions, "root">;
  log?: (line: string) => void;
}

export interface OfflineCase {
  name: string;
  exportMs: number;
  snapshot: { nodes: number; relationships: number; queries: number };
  size: FolderSize;
  runs: InteractiveTiming[];
}

export interface OfflineBenchResult {
  machine: MachineInfo;
  chromium: string;
  load1: { start: number; end: number };
  options: OfflineBenchOptions;
  cases: OfflineCase[];
}

/** A name to type into the search box, and the node it must find: the data set's busiest entity. */
async function searchTarget(dir: string, manifest: DatasetManifest): Promise<{ text: string; key: string }> {
  const id = manifest.hubs[0]?.id;
  for (const line of (await readFile(join(dir, ENTITIES_FILE), "utf8")).split("\n")) {
    if (!line) continue;
    const row = JSON.parse(line) as EntityRow;
    if (id && row.props.id === id) return { text: String(row.props.name), key: id };
  }
  throw new Error(`${dir}: the hub ${id} named in manifest.json is not in ${ENTITIES_FILE}`);
}

export async function runOfflineBench(o: OfflineBenchOptions): Promise<OfflineBenchResult> {
  const log = o.log ?? (() => {});
  const start = load1();
  const scratch = await mkdtemp(join(tmpdir(), "bench-offline-"));
  const instance = await startFreshInstance({
    root: o.root,
    dataDir: ".data/neo4j-bench-offline",
    port: 7793,
    heap: "1g",
    pagecache: "256m",
    ...o.instance,
  });
  const driver = createDriver(instance.conn);
  // A Chromium that will not start must not leave the private Neo4j running.
  const browser = await launchChromium().catch(async (error: unknown) => {
    await driver.close();
    await instance.stop();
    throw error;
  });
  const database = instance.conn.database;
  const read = { driver, database, timeoutMs: 60_000 };
  const savedQueries = await loadSavedQueries(savedQueriesDir());
  const cases: OfflineCase[] = [];

  const measure = async (name: string, search: { text: string; key: string }) => {
    const outDir = join(scratch, name.replace(/\W+/g, "-"));
    const t0 = performance.now();
    const { snapshot } = await exportSite(read, {
      root: o.root,
      outDir,
      graphName: "generated news graph",
      savedQueries,
      maxNodes: 1_000_000,
      resultCap: 5_000,
      timeoutMs: 60_000,
    });
    const exportMs = performance.now() - t0;
    const size = await folderSize(outDir);
    const site = await serveStatic(outDir);
    const runs: InteractiveTiming[] = [];
    try {
      for (let i = 0; i < o.runs; i++) {
        runs.push(await timeToInteractive(browser, site.url, search));
        log(`${name}: run ${i + 1}/${o.runs}: graph drawn after ${runs.at(-1)!.graphReadyMs.toFixed(0)} ms`);
      }
    } finally {
      await site.close();
    }
    const counts = {
      nodes: snapshot.nodes.length,
      relationships: snapshot.relationships.length,
      queries: snapshot.queries.length,
    };
    cases.push({ name, exportMs, snapshot: counts, size, runs });
  };

  try {
    log("article graph: loading graph/*.cypher");
    await loadArticleGraph(instance.conn, { root: o.root, reset: false, log: () => {} });
    await measure("article graph", { text: "馬雲", key: "jack-ma" });

    const { entities, relationships } = o.synthetic;
    log(`synthetic graph: generating and loading ${entities} entities, ${relationships} relationships`);
    await resetDatabase(driver, database);
    const dir = join(scratch, "dataset");
    const manifest = await writeDataset(dir, o.synthetic);
    await bulkLoad(driver, database, dir, { root: o.root });
    await measure(`synthetic, ${entities.toLocaleString("en")} entities`, await searchTarget(dir, manifest));
    return {
      machine: machineInfo(o.root, instance.version),
      chromium: browser.version(),
      load1: { start, end: load1() },
      options: o,
      cases,
    };
  } finally {
    await browser.close();
    await driver.close();
    await instance.stop();
    instance.remove();
    await rm(scratch, { recursive: true, force: true });
  }
}

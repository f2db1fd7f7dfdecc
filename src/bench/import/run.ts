// A fresh local database loaded with Neo4j's offline importer (stop, import, start, schema and indexes; or, for a data
// folder Neo4j never started in, import, first start, schema and indexes) against the UNWIND bulk load of the same
// data set, each into a new private Neo4j, in turn, in one run.
import { rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { writeDataset } from "../../generate/index.ts";
import { createDriver } from "../../server/db/driver.ts";
import { bulkLoad, importLoad } from "../../seed/bulk/index.ts";
import { startFreshInstance } from "../instance.ts";
import { stopLocal, type LocalNeo4jOptions } from "../../local-neo4j/index.ts";
import { load1, machineInfo, type MachineInfo } from "../machine.ts";
import { spread, type Spread } from "../stats.ts";

export interface ImportBenchOptions {
  root: string;
  entities: number;
  relationships: number;
  seed: number;
  rounds: number;
  heap: string;
  pagecache: string;
  /** Bolt port of the private Neo4j. */
  port: number;
  log?: (line: string) => void;
}

export interface ImportPhases {
  stop: number;
  import: number;
  start: number;
  indexes: number;
}

export interface ImportBenchResult {
  machine: MachineInfo;
  load1: number[];
  entities: number;
  relationships: number;
  csvMultiline: boolean;
  /** Whole load into an empty running database, ms: importer = stop + import + start + schema and indexes. */
  importer: Spread;
  /** Whole load into a data folder Neo4j never started in: import + first start + schema and indexes. */
  firstStart: Spread;
  /** The same, the importer without its class-data sharing archive and all jars as fetched (the old way). */
  firstStartOld: Spread;
  unwind: Spread;
  /** UNWIND time over importer time, per round. */
  ratios: Spread;
  /** UNWIND time over the first-start importer's time, per round. */
  firstStartRatios: Spread;
  /** The old way's first-start time over this way's, per round. */
  oldOverNew: Spread;
  /** The importer's phases of its median round. */
  phases: ImportPhases;
  firstStartPhases: ImportPhases;
  firstStartOldPhases: ImportPhases;
}

const DATA_DIR = ".data/neo4j-bench-import";

export async function runImportBench(o: ImportBenchOptions): Promise<ImportBenchResult> {
  const log = o.log ?? (() => {});
  const loads = [load1()];
  const dir = resolve(o.root, ".data/generated", `e${o.entities}-r${o.relationships}-s${o.seed}`);
  log(`Generating ${o.entities} entities and ${o.relationships} relationships (seed ${o.seed}) into ${dir}`);
  const manifest = await writeDataset(dir, { entities: o.entities, relationships: o.relationships, seed: o.seed });
  let version = "";
  const fresh = async () => {
    const instance = await startFreshInstance({
      root: o.root,
      dataDir: DATA_DIR,
      port: o.port,
      heap: o.heap,
      pagecache: o.pagecache,
    });
    version = instance.version;
    return instance;
  };

  // The importer's own starts map the class-data sharing archive, as `npm run seed` has them do.
  const viaImporter = async () => {
    const instance = await fresh();
    try {
      const local = { ...instance.options, classDataSharing: true };
      const report = await importLoad(dir, instance.conn.database, { root: o.root, local });
      return { total: report.ms.total, phases: report.ms };
    } finally {
      await instance.stop();
      instance.remove();
    }
  };
  // The old way: the importer's JVM loads every class from the jars, the signed ones as fetched.
  const viaFirstStart = async (old = false) => {
    const local: LocalNeo4jOptions = {
      root: o.root,
      dataDir: DATA_DIR,
      port: o.port,
      heap: o.heap,
      pagecache: o.pagecache,
      classDataSharing: true,
      ...(old ? { importerClassDataSharing: false, jarsAsFetched: true } : {}),
    };
    const remove = () => rmSync(join(o.root, DATA_DIR), { recursive: true, force: true });
    await stopLocal(local);
    remove();
    try {
      const report = await importLoad(dir, "neo4j", { root: o.root, local });
      return { total: report.ms.total, phases: report.ms };
    } finally {
      await stopLocal(local);
      remove();
    }
  };
  const viaUnwind = async () => {
    const instance = await fresh();
    const driver = createDriver(instance.conn);
    try {
      return (await bulkLoad(driver, instance.conn.database, dir, { root: o.root })).ms.total;
    } finally {
      await driver.close();
      await instance.stop();
      instance.remove();
    }
  };

  const importer: { total: number; phases: ImportPhases }[] = [];
  const firstStart: { total: number; phases: ImportPhases }[] = [];
  const firstStartOld: { total: number; phases: ImportPhases }[] = [];
  const unwind: number[] = [];
  const ways = [
    async () => void importer.push(await viaImporter()),
    async () => void firstStart.push(await viaFirstStart()),
    async () => void unwind.push(await viaUnwind()),
    async () => void firstStartOld.push(await viaFirstStart(true)),
  ];
  // Not counted: one load each way that maps archives, so the importer's and Neo4j's archives for these jars exist
  // (a first run writes them as its JVM exits), as they do from a machine's second load on.
  log("Warming up: the importer's and Neo4j's class-data sharing archives…");
  await viaFirstStart();
  await viaFirstStart(true);
  const s = (ms: number) => (ms / 1000).toFixed(1);
  const phasesOf = (i: { total: number; phases: ImportPhases }) =>
    `${s(i.total)} s (stop ${s(i.phases.stop)}, import ${s(i.phases.import)}, start ${s(i.phases.start)}, indexes ${s(i.phases.indexes)})`;
  for (let round = 1; round <= o.rounds; round++) {
    // Each round starts with another way, so a busy moment of the shared machine does not favour one.
    for (let k = 0; k < ways.length; k++) await ways[(round - 1 + k) % ways.length]!();
    log(
      `round ${round}: importer ${phasesOf(importer.at(-1)!)}, before the first start ${phasesOf(firstStart.at(-1)!)}, ` +
        `the same the old way ${phasesOf(firstStartOld.at(-1)!)}, UNWIND ${s(unwind.at(-1)!)} s; load ${load1()}`,
    );
    loads.push(load1());
  }
  const medianOf = (xs: { total: number; phases: ImportPhases }[]) =>
    xs.toSorted((a, b) => a.total - b.total)[Math.floor((xs.length - 1) / 2)]!.phases;
  return {
    machine: machineInfo(o.root, version),
    load1: loads,
    entities: manifest.entities,
    relationships: manifest.relationships,
    csvMultiline: manifest.csv?.multiline ?? false,
    importer: spread(importer.map((i) => i.total)),
    firstStart: spread(firstStart.map((i) => i.total)),
    firstStartOld: spread(firstStartOld.map((i) => i.total)),
    oldOverNew: spread(firstStartOld.map((x, k) => x.total / firstStart[k]!.total)),
    unwind: spread(unwind),
    ratios: spread(unwind.map((u, k) => u / importer[k]!.total)),
    firstStartRatios: spread(unwind.map((u, k) => u / firstStart[k]!.total)),
    phases: medianOf(importer),
    firstStartPhases: medianOf(firstStart),
    firstStartOldPhases: medianOf(firstStartOld),
  };
}

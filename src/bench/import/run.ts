// A fresh local database loaded with Neo4j's offline importer (stop, import, start, schema and indexes) against the
// UNWIND bulk load of the same data set, each into a new private Neo4j, alternating, in one run.
import { resolve } from "node:path";
import { writeDataset } from "../../generate/index.ts";
import { createDriver } from "../../server/db/driver.ts";
import { bulkLoad, importLoad } from "../../seed/bulk/index.ts";
import { startFreshInstance } from "../instance.ts";
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
  unwind: Spread;
  /** UNWIND time over importer time, per round. */
  ratios: Spread;
  /** The importer's phases of its median round. */
  phases: ImportPhases;
}

const DATA_DIR = ".data/neo4j-bench-import";
const PORT = 7798;

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
      port: PORT,
      heap: o.heap,
      pagecache: o.pagecache,
    });
    version = instance.version;
    return instance;
  };

  const viaImporter = async () => {
    const instance = await fresh();
    try {
      const report = await importLoad(dir, instance.conn.database, { root: o.root, local: instance.options });
      return { total: report.ms.total, phases: report.ms };
    } finally {
      await instance.stop();
      instance.remove();
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
  const unwind: number[] = [];
  for (let round = 1; round <= o.rounds; round++) {
    // Alternate which goes first, so a busy moment of the shared machine does not favour one way.
    if (round % 2 === 1) {
      importer.push(await viaImporter());
      unwind.push(await viaUnwind());
    } else {
      unwind.push(await viaUnwind());
      importer.push(await viaImporter());
    }
    const i = importer[importer.length - 1]!;
    log(
      `round ${round}: importer ${(i.total / 1000).toFixed(1)} s (stop ${(i.phases.stop / 1000).toFixed(1)}, import ` +
        `${(i.phases.import / 1000).toFixed(1)}, start ${(i.phases.start / 1000).toFixed(1)}, indexes ` +
        `${(i.phases.indexes / 1000).toFixed(1)}), UNWIND ${(unwind[unwind.length - 1]! / 1000).toFixed(1)} s; load ${load1()}`,
    );
    loads.push(load1());
  }
  const sorted = importer.toSorted((a, b) => a.total - b.total);
  return {
    machine: machineInfo(o.root, version),
    load1: loads,
    entities: manifest.entities,
    relationships: manifest.relationships,
    csvMultiline: manifest.csv?.multiline ?? false,
    importer: spread(importer.map((i) => i.total)),
    unwind: spread(unwind),
    ratios: spread(unwind.map((u, k) => u / importer[k]!.total)),
    phases: sorted[Math.floor((sorted.length - 1) / 2)]!.phases,
  };
}

// The article seed, pipelined (statements sent without waiting for each answer) against the old way (one round trip
// per statement), alternating on one private Neo4j so both see the same machine.
import { join } from "node:path";
import { createDriver } from "../../server/db/driver.ts";
import { readGraphFolder, seedFiles } from "../../seed/index.ts";
import { startFreshInstance } from "../instance.ts";
import { load1, machineInfo, type MachineInfo } from "../machine.ts";
import { spread, type Spread } from "../stats.ts";

export interface SeedBenchOptions {
  root: string;
  rounds: number;
  /** The private Neo4j's Bolt port (default 7797). */
  port?: number;
  log?: (line: string) => void;
}

export interface SeedBenchResult {
  machine: MachineInfo;
  load1: number[];
  files: number;
  statements: number;
  /** Whole `npm run seed` load (check, schema, data, sources), ms. */
  pipelined: Spread;
  oneByOne: Spread;
  /** Old time over new, per round (alternating runs). */
  ratios: Spread;
}

export async function runSeedBench(o: SeedBenchOptions): Promise<SeedBenchResult> {
  const log = o.log ?? (() => {});
  const loads = [load1()];
  const folder = await readGraphFolder(join(o.root, "graph"));
  const instance = await startFreshInstance({ root: o.root, dataDir: ".data/neo4j-bench-seed", port: o.port ?? 7797 });
  const driver = createDriver(instance.conn);
  const database = instance.conn.database;
  try {
    const load = async (pipeline: boolean) => {
      const t0 = performance.now();
      const report = await seedFiles(driver, database, folder.files, { reset: true, pipeline, relativeTo: o.root });
      return { ms: performance.now() - t0, statements: report.files.reduce((n, f) => n + f.statements, 0) };
    };
    // A first load of each kind warms Neo4j's plan cache and the JVM; not counted.
    const warm = await load(true);
    await load(false);
    const pipelined: number[] = [];
    const oneByOne: number[] = [];
    const ratios: number[] = [];
    for (let round = 1; round <= o.rounds; round++) {
      // Alternate which goes first, so a slow moment of the machine does not favour one way.
      const first = round % 2 === 1;
      const a = await load(first);
      const b = await load(!first);
      const [on, off] = first ? [a.ms, b.ms] : [b.ms, a.ms];
      pipelined.push(on);
      oneByOne.push(off);
      ratios.push(off / on);
      log(`round ${round}: pipelined ${on.toFixed(0)} ms, one by one ${off.toFixed(0)} ms`);
    }
    loads.push(load1());
    return {
      machine: machineInfo(o.root, instance.version),
      load1: loads,
      files: folder.files.length,
      statements: warm.statements,
      pipelined: spread(pipelined),
      oneByOne: spread(oneByOne),
      ratios: spread(ratios),
    };
  } finally {
    await driver.close();
    await instance.stop();
    instance.remove();
  }
}

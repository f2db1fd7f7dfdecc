// One load run: a fresh private Neo4j, the naive sample, then the bulk load of the full data set.
import type { Dataset } from "../generate/index.ts";
import { createDriver } from "../server/db/driver.ts";
import { bulkLoad, type BulkLoadReport, type BulkProgress } from "../seed/bulk/index.ts";
import { bulkSchema } from "../seed/bulk/schema.ts";
import { resetDatabase } from "../seed/index.ts";
import { startFreshInstance, type BenchInstance, type BenchInstanceOptions } from "./instance.ts";
import { naiveLoad, type NaiveReport } from "./naive-load.ts";
import { load1 } from "./machine.ts";

export interface LoadRun {
  naive: NaiveReport;
  bulk: BulkLoadReport;
  load1: number[];
}

export interface LoadRunOptions {
  instance: BenchInstanceOptions & { root: string };
  dir: string;
  naiveSample: () => Dataset;
  batchSize: number;
  concurrency: number;
  onProgress?: (event: BulkProgress) => void;
}

/** Leaves the instance running and loaded, for the query benchmarks that follow. */
export async function loadRun(o: LoadRunOptions): Promise<{ run: LoadRun; instance: BenchInstance }> {
  const instance = await startFreshInstance(o.instance);
  const driver = createDriver(instance.conn);
  const database = instance.conn.database;
  try {
    const loads = [load1()];
    // The naive way gets the same constraints, so its MERGEs are index look-ups rather than label scans.
    for (const statement of (await bulkSchema(o.instance.root)).before)
      await driver.executeQuery(statement, {}, { database });
    const naive = await naiveLoad(driver, database, o.naiveSample());
    await resetDatabase(driver, database);
    loads.push(load1());
    const bulk = await bulkLoad(driver, database, o.dir, {
      root: o.instance.root,
      batchSize: o.batchSize,
      concurrency: o.concurrency,
      ...(o.onProgress ? { onProgress: o.onProgress } : {}),
    });
    loads.push(load1());
    return { run: { naive, bulk, load1: loads }, instance };
  } catch (err) {
    await instance.stop();
    throw err;
  } finally {
    await driver.close();
  }
}

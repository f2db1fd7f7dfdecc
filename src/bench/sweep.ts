// Batch-size tuning: the same data set bulk-loaded once per batch size, each time into a new store.
import { createDriver } from "../server/db/driver.ts";
import { bulkLoad } from "../seed/bulk/index.ts";
import { startFreshInstance, type BenchInstanceOptions } from "./instance.ts";
import { load1 } from "./machine.ts";

export interface SweepPoint {
  batchSize: number;
  concurrency: number;
  entitiesPerSecond: number;
  relationshipsPerSecond: number;
  totalMs: number;
  load1: number;
}

export async function sweepBatchSizes(
  instance: BenchInstanceOptions,
  dir: string,
  batchSizes: readonly number[],
  concurrency: number,
  log: (line: string) => void,
): Promise<SweepPoint[]> {
  const points: SweepPoint[] = [];
  for (const batchSize of batchSizes) {
    log(`Batch-size sweep: ${batchSize} rows per transaction, ${concurrency} in flight`);
    const running = await startFreshInstance(instance);
    const driver = createDriver(running.conn);
    try {
      const r = await bulkLoad(driver, running.conn.database, dir, { root: instance.root, batchSize, concurrency });
      points.push({
        batchSize,
        concurrency,
        entitiesPerSecond: r.entitiesPerSecond,
        relationshipsPerSecond: r.relationshipsPerSecond,
        totalMs: r.ms.total,
        load1: load1(),
      });
    } finally {
      await driver.close();
      await running.stop();
      running.remove();
    }
  }
  return points;
}

// `npm run seed -- --bulk DIR`: load a generated data set with batched UNWIND, showing rows per second and time left.
import { resolve } from "node:path";
import type { Connection } from "../src/server/db/connection.ts";
import { createDriver } from "../src/server/db/driver.ts";
import { projectRoot } from "../src/server/config/project-root.ts";
import { BadRequestError } from "../src/server/errors.ts";
import { bulkLoad, checkDataSet, DEFAULT_BATCH_SIZE } from "../src/seed/bulk/index.ts";
import { formatReset, resetDatabase } from "../src/seed/index.ts";
import { bulkProgressBar } from "./bulk-progress.ts";

export interface SeedBulkArgs {
  dir: string;
  batchSize?: string;
  reset: boolean;
  dropSchema: boolean;
}

export async function seedBulk(conn: Connection, args: SeedBulkArgs): Promise<void> {
  const batchSize = args.batchSize === undefined ? DEFAULT_BATCH_SIZE : Number(args.batchSize);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 1_000_000)
    throw new BadRequestError(`--batch-size must be a whole number from 1 to 1000000, got ${args.batchSize}`);
  const driver = createDriver(conn);
  const bar = bulkProgressBar();
  try {
    console.log(`Bulk loading ${args.dir} into database '${conn.database}' at ${conn.uri} (batches of ${batchSize})`);
    // Every line is read before the first write: a bad data set leaves the database (and, with --reset, the old graph) as it was.
    await checkDataSet(resolve(args.dir));
    if (args.reset)
      console.log(formatReset(await resetDatabase(driver, conn.database, { dropSchema: args.dropSchema })));
    const report = await bulkLoad(driver, conn.database, resolve(args.dir), {
      root: projectRoot(),
      batchSize,
      onProgress: bar.onProgress,
    });
    bar.stop();
    const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    console.log(
      `${report.entities} entities in ${s(report.ms.entities)} (${Math.round(report.entitiesPerSecond)}/s), ` +
        `${report.relationships} relationships in ${s(report.ms.relationships)} (${Math.round(report.relationshipsPerSecond)}/s), ` +
        `full-text index ready ${s(report.ms.indexes)} later; ${s(report.ms.total)} in all.`,
    );
  } finally {
    bar.stop();
    await driver.close();
  }
}

// `npm run seed -- --bulk DIR`: load a generated data set with Neo4j's offline importer when the database is the
// bundled one and fresh, else with batched UNWIND, showing rows per second and time left.
import { resolve } from "node:path";
import type { Connection } from "../src/server/db/connection.ts";
import { createDriver } from "../src/server/db/driver.ts";
import { projectRoot } from "../src/server/config/project-root.ts";
import { BadRequestError } from "../src/server/errors.ts";
import type { LocalNeo4jOptions } from "../src/local-neo4j/index.ts";
import {
  bulkLoad,
  checkDataSet,
  DEFAULT_BATCH_SIZE,
  importLoad,
  readManifest,
  whyNotImport,
} from "../src/seed/bulk/index.ts";
import { formatReset, resetDatabase } from "../src/seed/index.ts";
import { bulkProgressBar } from "./bulk-progress.ts";

export interface SeedBulkArgs {
  dir: string;
  batchSize?: string;
  reset: boolean;
  dropSchema: boolean;
  /** The bundled Neo4j behind `conn`; undefined for a server given by NEO4J_URI, which is always loaded by UNWIND. */
  local?: LocalNeo4jOptions;
  /** Load by UNWIND even where the importer could be used. */
  unwind: boolean;
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The bundled Neo4j is not running and has no store for the database yet: import, then its first start. */
export async function seedBulkBeforeStart(dir: string, database: string, local: LocalNeo4jOptions): Promise<void> {
  const path = resolve(dir);
  console.log(`Bulk loading ${dir} into database '${database}' of the bundled Neo4j (${local.dataDir})`);
  // Every line is read before anything is written, as on the other paths.
  await checkDataSet(path);
  console.log("The database is new and Neo4j is not running: writing its store with neo4j-admin database import.");
  const report = await importLoad(path, database, { root: projectRoot(), local, log: console.log });
  const { ms } = report;
  console.log(
    `${report.entities} entities and ${report.relationships} relationships imported in ${s(ms.import)} ` +
      `(start ${s(ms.start)}, schema and indexes ${s(ms.indexes)}); ${s(ms.total)} in all. ` +
      `Neo4j is running at ${report.connection.uri} (npm run neo4j:stop stops it).`,
  );
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
    const dir = resolve(args.dir);
    const why = !args.local
      ? "the database is not the bundled local Neo4j"
      : args.unwind
        ? "--unwind was given"
        : await whyNotImport(driver, conn.database, await readManifest(dir), projectRoot());
    if (!why && args.local) {
      await driver.close();
      console.log(
        "The database is fresh and local: stopping Neo4j to write its store with neo4j-admin database import.",
      );
      const report = await importLoad(dir, conn.database, { root: projectRoot(), local: args.local, log: console.log });
      const { ms } = report;
      console.log(
        `${report.entities} entities and ${report.relationships} relationships imported in ${s(ms.import)} ` +
          `(stop ${s(ms.stop)}, start ${s(ms.start)}, schema and indexes ${s(ms.indexes)}); ${s(ms.total)} in all.`,
      );
      return;
    }
    console.log(`Loading by UNWIND batches: ${why}.`);
    const report = await bulkLoad(driver, conn.database, dir, {
      root: projectRoot(),
      batchSize,
      onProgress: bar.onProgress,
    });
    bar.stop();
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

// Loads the project's own graph/*.cypher for `npm start` and the test runner, which hold a Connection, not a driver.
import { join } from "node:path";
import type { Connection } from "../db/connection.ts";
import { createDriver } from "../db/driver.ts";
import { formatFileReport, formatSeedSummary } from "./format.ts";
import { seedFiles } from "./seed-files.ts";
import { listSeedFiles } from "./list-files.ts";
import type { SeedReport } from "./types.ts";

export interface LoadArticleGraphOptions {
  /** Project root; the scripts are its graph/*.cypher. */
  root: string;
  /** Empty the database first (data only; the schema statements are idempotent). */
  reset: boolean;
  log: (line: string) => void;
}

export interface LoadArticleGraphReport extends SeedReport {
  summary: string;
}

export async function loadArticleGraph(conn: Connection, options: LoadArticleGraphOptions): Promise<LoadArticleGraphReport> {
  const driver = createDriver(conn);
  try {
    const files = await listSeedFiles(join(options.root, "graph"));
    const onFile = (r: Parameters<typeof formatFileReport>[0]) => options.log(formatFileReport(r));
    const report = await seedFiles(driver, conn.database, files, { relativeTo: options.root, reset: options.reset, onFile });
    return { ...report, summary: formatSeedSummary(report) };
  } finally {
    await driver.close();
  }
}

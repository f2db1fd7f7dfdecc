// Loads the project's own graph/*.cypher for `npm start` and the test runner, which hold a Connection, not a driver.
import { join } from "node:path";
import type { Connection } from "../server/db/connection.ts";
import { createDriver } from "../server/db/driver.ts";
import { formatFileReport, formatSeedSummary } from "./format.ts";
import { seedFiles } from "./seed-files.ts";
import { listSeedFiles } from "./list-files.ts";
import type { SeedReport } from "./types.ts";
import { readStamp, scriptsHash, writeStamp } from "./seed-stamp.ts";

export interface LoadArticleGraphOptions {
  /** Project root; the scripts are its graph/*.cypher. */
  root: string;
  /** Empty the database first (data only; the schema statements are idempotent). */
  reset: boolean;
  log: (line: string) => void;
  /** Skip loading when the database already holds exactly these scripts (recorded by a previous load). */
  skipIfUnchanged?: boolean;
}

export interface LoadArticleGraphReport extends SeedReport {
  summary: string;
  /** True when the scripts were already loaded and nothing ran. */
  skipped?: boolean;
}

export async function loadArticleGraph(
  conn: Connection,
  options: LoadArticleGraphOptions,
): Promise<LoadArticleGraphReport> {
  const driver = createDriver(conn);
  try {
    const files = await listSeedFiles(join(options.root, "graph"));
    const hash = await scriptsHash(files);
    if (options.skipIfUnchanged && !options.reset && (await readStamp(driver, conn.database)) === hash) {
      return {
        files: [],
        elapsedMs: 0,
        skipped: true,
        summary: "already loaded, scripts unchanged (npm run seed reloads)",
      };
    }
    const onFile = (r: Parameters<typeof formatFileReport>[0]) => options.log(formatFileReport(r));
    const report = await seedFiles(driver, conn.database, files, {
      relativeTo: options.root,
      reset: options.reset,
      onFile,
    });
    await writeStamp(driver, conn.database, hash);
    return { ...report, summary: formatSeedSummary(report) };
  } finally {
    await driver.close();
  }
}

// Loads a list of seed scripts into a Connection's database, skipping the load when the database already holds
// exactly these scripts (the hash stamp in an :ExplorerMeta node); shared by the article and `--graph DIR`.
import type { Connection } from "../server/db/connection.ts";
import { createDriver } from "../server/db/driver.ts";
import { formatFileReport, formatReset, formatSeedSummary } from "./format.ts";
import { seedFiles } from "./seed-files.ts";
import type { ResetOptions, SeedReport } from "./types.ts";
import { readStamp, scriptsHash, writeStamp } from "./seed-stamp.ts";
import { AWAIT_INDEXES } from "./queries.ts";
import { int } from "../server/db/read.ts";

export interface LoadScriptsOptions {
  files: readonly string[];
  /** Show file paths relative to this folder. */
  relativeTo: string;
  /** Empty the database first (and with dropSchema, its constraints and indexes too). */
  reset: boolean | ResetOptions;
  log: (line: string) => void;
  /** Skip loading when the database already holds exactly these scripts (recorded by a previous load). */
  skipIfUnchanged?: boolean;
  /** With skipIfUnchanged: the reset to apply when the scripts did change (a graph's own database starts afresh). */
  resetIfChanged?: boolean | ResetOptions;
  /** What the skip line tells the user to run to force a reload. */
  reloadHint?: string;
}

export interface LoadScriptsReport extends SeedReport {
  summary: string;
  /** True when the scripts were already loaded and nothing ran. */
  skipped?: boolean;
}

export async function loadScripts(conn: Connection, options: LoadScriptsOptions): Promise<LoadScriptsReport> {
  const driver = createDriver(conn);
  try {
    const hash = await scriptsHash(options.files);
    let reset = options.reset;
    if (options.skipIfUnchanged && !reset) {
      if ((await readStamp(driver, conn.database)) === hash) {
        return {
          files: [],
          elapsedMs: 0,
          skipped: true,
          summary: `already loaded, scripts unchanged (${options.reloadHint ?? "npm run seed"} reloads)`,
        };
      }
      reset = options.resetIfChanged ?? false;
    }
    const report = await seedFiles(driver, conn.database, options.files, {
      relativeTo: options.relativeTo,
      reset,
      onReset: (r) => options.log(formatReset(r)),
      onFile: (r) => options.log(formatFileReport(r)),
    });
    await writeStamp(driver, conn.database, hash);
    // Without this, the first search after `npm start` could meet a full-text index still being populated.
    await driver.executeQuery(AWAIT_INDEXES, { seconds: int(300) }, { database: conn.database });
    return { ...report, summary: formatSeedSummary(report) };
  } finally {
    await driver.close();
  }
}

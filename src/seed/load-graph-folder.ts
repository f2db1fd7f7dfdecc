// Loads a `--graph DIR` folder into its own database (the bundled Neo4j of that folder), then makes the search index.
import type { Connection } from "../server/db/connection.ts";
import { createDriver } from "../server/db/driver.ts";
import { ensureSearchIndex, formatIndexReport } from "../server/explore/search-index.ts";
import type { GraphFolder } from "./graph-folder.ts";
import { loadScripts, type LoadScriptsReport } from "./load-scripts.ts";

export interface LoadGraphFolderOptions {
  /** Always reload (`npm run seed -- --graph DIR`); otherwise only when the scripts changed (`npm start`). */
  force: boolean;
  log: (line: string) => void;
  /** Show file paths relative to this folder (the cwd, so `file:line:column` is clickable). */
  relativeTo?: string;
}

/**
 * The database is the folder's own, so a (re)load starts from empty, schema included: what it holds is exactly what
 * the scripts make. Loading stops at the first failing file, as `npm run seed` does, with the same SeedError.
 */
export async function loadGraphFolder(
  conn: Connection,
  folder: GraphFolder,
  options: LoadGraphFolderOptions,
): Promise<LoadScriptsReport> {
  const fresh = { dropSchema: true };
  const report = await loadScripts(conn, {
    files: folder.files,
    relativeTo: options.relativeTo ?? process.cwd(),
    reset: options.force ? fresh : false,
    skipIfUnchanged: !options.force,
    resetIfChanged: fresh,
    log: options.log,
    reloadHint: "npm run seed -- --graph DIR",
  });
  const driver = createDriver(conn);
  try {
    options.log(formatIndexReport(await ensureSearchIndex(driver, conn.database, folder.dir)));
  } finally {
    await driver.close();
  }
  return report;
}

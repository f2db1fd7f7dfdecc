// Loads the project's own graph/*.cypher for `npm start` and the test runner, which hold a Connection, not a driver.
import { join } from "node:path";
import type { Connection } from "../server/db/connection.ts";
import { listSeedFiles } from "./list-files.ts";
import { loadScripts, type LoadScriptsReport } from "./load-scripts.ts";

export interface LoadArticleGraphOptions {
  /** Project root; the scripts are its graph/*.cypher. */
  root: string;
  /** Empty the database first (data only; the schema statements are idempotent). */
  reset: boolean;
  log: (line: string) => void;
  /** Skip loading when the database already holds exactly these scripts (recorded by a previous load). */
  skipIfUnchanged?: boolean;
}

export type LoadArticleGraphReport = LoadScriptsReport;

export async function loadArticleGraph(
  conn: Connection,
  options: LoadArticleGraphOptions,
): Promise<LoadArticleGraphReport> {
  const files = await listSeedFiles(join(options.root, "graph"));
  return loadScripts(conn, { ...options, files, relativeTo: options.root });
}

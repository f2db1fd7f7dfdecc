// Loads one version into the scratch database from empty (schema included): seed scripts one transaction per file,
// a generated data set with the bulk loader.
import type { Driver } from "neo4j-driver";
import type { Connection } from "../server/db/connection.ts";
import { bulkLoad } from "../seed/bulk/index.ts";
import { loadScripts, resetDatabase } from "../seed/index.ts";
import type { VersionSource } from "./source.ts";

export async function loadVersion(
  driver: Driver,
  connection: Connection,
  source: VersionSource,
  root: string,
  log: (line: string) => void,
): Promise<void> {
  if (source.kind === "scripts") {
    await loadScripts(connection, {
      files: source.files,
      relativeTo: source.dir,
      reset: { dropSchema: true },
      log: (line) => log(`  ${line}`),
    });
    return;
  }
  await resetDatabase(driver, connection.database, { dropSchema: true });
  const report = await bulkLoad(driver, connection.database, source.dir, { root });
  log(
    `  ${report.entities} entities, ${report.relationships} relationships in ${(report.ms.total / 1000).toFixed(1)} s`,
  );
}

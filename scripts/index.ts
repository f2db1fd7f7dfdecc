// `npm run index [-- --graph DIR]`: create or update the explorer's full-text search index (explorer_names) over the
// caption and name properties of every label; idempotent, and a write, so it only runs when asked.
import { parseArgs } from "node:util";
import { loadEnv } from "../src/server/config/index.ts";
import { projectRoot } from "../src/server/config/project-root.ts";
import { resolveConnection } from "../src/local-neo4j/resolve-connection.ts";
import { openGraphInstance } from "../src/local-neo4j/graph-instance.ts";
import { createDriver } from "../src/server/db/driver.ts";
import { ensureSearchIndex, formatIndexReport } from "../src/server/explore/search-index.ts";
import { readGraphFolder } from "../src/seed/index.ts";
import { runCli } from "./cli.ts";

await runCli(async () => {
  const { values } = parseArgs({ options: { graph: { type: "string" } } });
  const folder = values.graph ? await readGraphFolder(values.graph) : undefined;
  const env = loadEnv();
  const instance = folder ? await openGraphInstance(env, projectRoot(), folder.dir, console.log) : undefined;
  const connection = instance?.connection ?? (await resolveConnection(env));
  const driver = createDriver(connection);
  try {
    console.log(`Indexing names in database '${connection.database}' at ${connection.uri}`);
    console.log(formatIndexReport(await ensureSearchIndex(driver, connection.database, folder?.dir)));
  } finally {
    await driver.close();
    await instance?.release();
  }
});

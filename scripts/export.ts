// `npm run export -- --out DIR`: the explorer as a static folder (built app + graph snapshot) that needs no server.
import { existsSync, readdirSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { loadEnv } from "../src/server/config/index.ts";
import { projectRoot } from "../src/server/config/project-root.ts";
import { resolveConnection } from "../src/local-neo4j/resolve-connection.ts";
import { createDriver } from "../src/server/db/driver.ts";
import { loadSavedQueries, savedQueriesDir } from "../src/server/saved-queries/index.ts";
import { exportSite } from "../src/offline-export/index.ts";
import { ConfigError } from "../src/server/errors.ts";
import { runCli } from "./cli.ts";

await runCli(async () => {
  const { values } = parseArgs({
    options: {
      out: { type: "string" },
      force: { type: "boolean", default: false },
      "max-nodes": { type: "string", default: "200000" },
    },
  });
  if (!values.out) throw new ConfigError("usage: npm run export -- --out DIR [--force] [--max-nodes N]");
  const outDir = resolve(values.out);
  if (existsSync(outDir) && readdirSync(outDir).length && !values.force) {
    throw new ConfigError(`${outDir} is not empty; pass --force to replace its contents.`);
  }
  const t0 = performance.now();
  const env = loadEnv();
  const connection = await resolveConnection(env);
  const savedQueries = await loadSavedQueries(savedQueriesDir());
  const driver = createDriver(connection);
  try {
    const read = { driver, database: connection.database, timeoutMs: env.QUERY_TIMEOUT_MS };
    const { snapshot, snapshotBytes } = await exportSite(read, {
      root: projectRoot(),
      outDir,
      uri: connection.uri,
      savedQueries,
      maxNodes: Number(values["max-nodes"]),
      resultCap: env.RESULT_CAP,
      timeoutMs: env.QUERY_TIMEOUT_MS,
    });
    console.log(
      `Exported ${snapshot.nodes.length} nodes, ${snapshot.relationships.length} relationships and ${snapshot.queries.length} saved-query results ` +
        `(snapshot ${(snapshotBytes / 1024).toFixed(0)} KiB) to ${outDir} in ${((performance.now() - t0) / 1000).toFixed(1)} s.\n` +
        `Serve it with any static file server, e.g. \`npx vite preview --outDir ${values.out}\` or \`python3 -m http.server -d ${values.out}\`.`,
    );
  } finally {
    await driver.close();
  }
});

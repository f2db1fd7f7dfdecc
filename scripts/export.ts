// `npm run export -- --out DIR [--graph GRAPH]`: the explorer as a static folder (built app + graph snapshot) that
// needs no server; with --graph, of that graph folder's own Neo4j and saved queries.
// `npm run export -- --cypher DIR [--graph GRAPH]`: the graph as a graph folder that `npm start -- --graph DIR` loads.
import { existsSync, readdirSync } from "node:fs";
import { basename, resolve } from "node:path";
import { parseArgs } from "node:util";
import { loadEnv } from "../src/server/config/index.ts";
import { projectRoot } from "../src/server/config/project-root.ts";
import { resolveConnection } from "../src/local-neo4j/resolve-connection.ts";
import { createDriver } from "../src/server/db/driver.ts";
import { loadSavedQueries, savedQueriesDir } from "../src/server/saved-queries/index.ts";
import { ARTICLE_GRAPH_NAME, exportSite } from "../src/offline-export/index.ts";
import { ConfigError } from "../src/server/errors.ts";
import { runCli } from "./cli.ts";
import { openGraphInstance, refuseRemoteGraph } from "../src/local-neo4j/graph-instance.ts";
import { loadGraphFolder, readGraphFolder } from "../src/seed/index.ts";
import { notesFileOf } from "../src/local-neo4j/notes-file.ts";
import { readNotesForExport } from "../src/offline-export/index.ts";
import { exportCypherFolder } from "./export-cypher.ts";

await runCli(async () => {
  const { values } = parseArgs({
    options: {
      out: { type: "string" },
      graph: { type: "string" },
      force: { type: "boolean", default: false },
      "max-nodes": { type: "string", default: "200000" },
      // People's notes go out only when asked: they are the class's or the newsroom's, not the graph's.
      "with-notes": { type: "boolean", default: false },
      cypher: { type: "string" },
    },
  });
  if (values.cypher !== undefined) return exportCypherFolder(values.cypher, values);
  if (!values.out)
    throw new ConfigError(
      "usage: npm run export -- --out DIR [--graph GRAPH_DIR] [--force] [--max-nodes N] [--with-notes]\n" +
        "       npm run export -- --cypher DIR [--graph GRAPH_DIR] [--force]",
    );
  const outDir = resolve(values.out);
  if (existsSync(outDir) && readdirSync(outDir).length && !values.force) {
    throw new ConfigError(`${outDir} is not empty; pass --force to replace its contents.`);
  }
  const folder = values.graph ? await readGraphFolder(values.graph) : undefined;
  const t0 = performance.now();
  const env = loadEnv();
  if (folder) refuseRemoteGraph(env);
  const instance = folder ? await openGraphInstance(env, projectRoot(), folder.dir, console.log) : undefined;
  if (instance && folder) await loadGraphFolder(instance.connection, folder, { force: false, log: console.log });
  const connection = instance?.connection ?? (await resolveConnection(env));
  const queriesDir = folder ? folder.queriesDir : savedQueriesDir();
  const savedQueries = queriesDir ? await loadSavedQueries(queriesDir) : [];
  const driver = createDriver(connection);
  try {
    const read = { driver, database: connection.database, timeoutMs: env.QUERY_TIMEOUT_MS };
    const { snapshot, snapshotBytes } = await exportSite(read, {
      root: projectRoot(),
      outDir,
      graphName: folder ? basename(folder.dir) : ARTICLE_GRAPH_NAME,
      savedQueries,
      maxNodes: Number(values["max-nodes"]),
      resultCap: env.RESULT_CAP,
      timeoutMs: env.QUERY_TIMEOUT_MS,
      // A graph folder's own perspective.json, else one generated from its schema; the article's by default.
      ...(folder ? { perspectiveFile: folder.perspectiveFile ?? null } : {}),
      // The notes `npm start` serves for this graph, from the same file.
      ...(values["with-notes"]
        ? { notes: readNotesForExport(notesFileOf(env, projectRoot(), folder?.dir, connection.database)) }
        : {}),
    });
    if (snapshot.notes) console.log(`With ${snapshot.notes.length} notes (read-only in the offline edition).`);
    console.log(
      `Exported ${snapshot.nodes.length} nodes, ${snapshot.relationships.length} relationships and ${snapshot.queries.length} saved-query results ` +
        `(snapshot ${(snapshotBytes / 1024).toFixed(0)} KiB) to ${outDir} in ${((performance.now() - t0) / 1000).toFixed(1)} s.\n` +
        `Serve it with any static file server, e.g. \`npx vite preview --outDir ${values.out}\` or \`python3 -m http.server -d ${values.out}\`.`,
    );
  } finally {
    await driver.close();
    await instance?.release();
  }
});

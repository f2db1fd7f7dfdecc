// `npm start`: start (or reuse) Neo4j, load the article graph (or `--graph DIR` into a Neo4j of its own), serve the
// explorer, print its URL; Ctrl-C stops it all. With NEO4J_URI the server is explored as it is: nothing is loaded.
import { join } from "node:path";
import { parseArgs } from "node:util";
import { loadEnv } from "../src/server/config/index.ts";
import { projectRoot } from "../src/server/config/project-root.ts";
import { resolveConnection } from "../src/local-neo4j/resolve-connection.ts";
import { startLocal, stopLocal } from "../src/local-neo4j/index.ts";
import { loadArticleGraph, loadGraphFolder, readGraphFolder, type GraphFolder } from "../src/seed/index.ts";
import { openGraphInstance, refuseRemoteGraph } from "../src/local-neo4j/graph-instance.ts";
import { liveSessionsDirOf, notesFileOf } from "../src/local-neo4j/notes-file.ts";
import type { Connection } from "../src/server/db/connection.ts";
import { createDriver } from "../src/server/db/driver.ts";
import { ensureSearchIndex, formatIndexReport } from "../src/server/explore/search-index.ts";
import { startExplorer } from "../src/server/run.ts";
import { runCli } from "./cli.ts";
import { ConfigError } from "../src/server/errors.ts";
import { chooseHost, exposureWarning } from "../src/server/config/bind-host.ts";
import { answerCacheSettings } from "../src/server/config/answer-cache.ts";

import { buildClientIfStale } from "./build-client.ts";

await runCli(async () => {
  const { values } = parseArgs({
    options: {
      "no-seed": { type: "boolean", default: false },
      graph: { type: "string" },
      "create-index": { type: "boolean", default: false },
      "allow-write": { type: "boolean", default: false },
      host: { type: "string" },
      "no-cache": { type: "boolean", default: false },
    },
  });
  const t0 = Date.now();
  const env = loadEnv();
  // Checked before Neo4j starts, so a stray HOST fails in a second rather than after start-up.
  const { host, exposed } = chooseHost(env.HOST, values.host);
  const root = projectRoot();
  const local = {
    root,
    dataDir: env.NEO4J_DATA_DIR,
    port: env.NEO4J_LOCAL_PORT,
    heap: env.NEO4J_HEAP,
    pagecache: env.NEO4J_PAGECACHE,
    // The explorer's own Neo4j starts faster from its second start on (src/local-neo4j/class-data-sharing.ts).
    classDataSharing: true,
    log: console.log,
  };
  // Checked before anything starts: a missing folder, or one without scripts, touches nothing.
  const folder: GraphFolder | undefined = values.graph ? await readGraphFolder(values.graph) : undefined;
  if (folder) refuseRemoteGraph(env);
  let stopNeo4j = async () => {};
  let connection: Connection;
  if (folder) {
    const instance = await openGraphInstance(env, root, folder.dir, console.log);
    stopNeo4j = instance.release;
    console.log(
      `${instance.started ? "Started" : "Reusing"} local Neo4j ${instance.state.version} on ${instance.state.uri} ` +
        `for ${folder.dir} (data in ${instance.options.dataDir})`,
    );
    connection = instance.connection;
    if (!values["no-seed"]) {
      const report = await loadGraphFolder(connection, folder, { force: false, log: console.log });
      console.log(`Graph loaded: ${report.summary}`);
    }
  } else if (env.NEO4J_URI) {
    console.log(
      `Using the Neo4j server at ${env.NEO4J_URI} (NEO4J_URI is set; no local server is started, nothing is loaded into it)`,
    );
    connection = await resolveConnection(env);
  } else {
    const { state, started } = await startLocal(local);
    if (started) stopNeo4j = async () => void (await stopLocal(local));
    console.log(`${started ? "Started" : "Reusing"} local Neo4j ${state.version} on ${state.uri}`);
    connection = await resolveConnection(env);
    if (!values["no-seed"]) {
      const report = await loadArticleGraph(connection, {
        root,
        reset: false,
        log: console.log,
        skipIfUnchanged: true,
      });
      console.log(`Article graph loaded: ${report.summary}`);
    }
  }
  if (values["create-index"]) {
    const driver = createDriver(connection);
    try {
      console.log(formatIndexReport(await ensureSearchIndex(driver, connection.database, folder?.dir)));
    } finally {
      await driver.close();
    }
  }
  const staticDir = await buildClientIfStale();
  if (values["allow-write"] && !env.EXPLORER_WRITE_TOKEN)
    throw new ConfigError("--allow-write needs EXPLORER_WRITE_TOKEN (16+ characters): write requests must present it.");
  const writeToken = values["allow-write"] ? env.EXPLORER_WRITE_TOKEN : undefined;
  const explorer = await startExplorer({
    connection,
    host,
    port: env.PORT,
    staticDir,
    timeoutMs: env.QUERY_TIMEOUT_MS,
    maxNodes: env.RESULT_CAP,
    pathBudgetMs: env.PATH_BUDGET_MS || null,
    adhocConcurrency: env.ADHOC_QUERY_CONCURRENCY,
    writeToken,
    embedOrigins: env.EMBED_ALLOWED_ORIGINS,
    answerCache: answerCacheSettings(env, values["no-cache"]),
    // People's notes: a file beside the explored data, never in the graph (the graph stays read-only).
    notesFile: notesFileOf(env, root, folder?.dir, connection.database),
    // Live sessions beside them: a restart keeps every class's link.
    liveSessionsDir: liveSessionsDirOf(env, root, folder?.dir, connection.database),
    // The folder's perspective.json when it has one, else one generated from its schema; the article has its own.
    ...(folder
      ? folder.perspectiveFile
        ? { perspectiveFile: folder.perspectiveFile }
        : {}
      : { perspectiveFile: join(root, "graph", "perspective.json") }),
    ...(folder ? { queriesDir: folder.queriesDir ?? null, graphDir: folder.dir } : {}),
  });
  if (exposed) console.warn(exposureWarning(host, Boolean(writeToken)));
  if (writeToken) console.warn("WARNING: write mode is on: requests with the write token can change the graph.");
  console.log(`\nExplorer ready in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${explorer.url}\nPress Ctrl-C to stop.`);

  const shutdown = async (signal: string) => {
    console.log(`\n${signal}: stopping...`);
    await explorer.close();
    await stopNeo4j();
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
});

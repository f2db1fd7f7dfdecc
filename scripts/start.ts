// `npm start`: start (or reuse) Neo4j, load the article graph (or `--graph DIR` into a Neo4j of its own), serve the
// explorer, print its URL; Ctrl-C stops it all. With NEO4J_URI the server is explored as it is: nothing is loaded.
import { join } from "node:path";
import { parseArgs } from "node:util";
import { loadEnv } from "../src/server/config/index.ts";
import { projectRoot } from "../src/server/config/project-root.ts";
import { resolveConnection } from "../src/local-neo4j/resolve-connection.ts";
import { startLocal, stopLocal } from "../src/local-neo4j/index.ts";
import type { GraphFolder } from "../src/seed/index.ts";
import { openGraphInstance, refuseRemoteGraph } from "../src/local-neo4j/graph-instance.ts";
import { liveSessionsDirOf, notesFileOf } from "../src/local-neo4j/notes-file.ts";
import type { Connection } from "../src/server/db/connection.ts";
import { runCli } from "./cli.ts";
import { ConfigError } from "../src/server/errors.ts";
import { chooseHost, exposureWarning } from "../src/server/config/bind-host.ts";
import { answerCacheSettings } from "../src/server/config/answer-cache.ts";
import { assertPortFree } from "../src/server/http/port-check.ts";

/**
 * The loader, the server and the client build check: imported (and the build checked) while Neo4j boots, not before
 * it is spawned. The JVM's start is the longest wait of `npm start`; these take about a second more on their own.
 */
async function startUpWork() {
  const [seed, run, driver, searchIndex, client] = await Promise.all([
    import("../src/seed/index.ts"),
    import("../src/server/run.ts"),
    import("../src/server/db/driver.ts"),
    import("../src/server/explore/search-index.ts"),
    import("./build-client.ts"),
  ]);
  const staticDir = await client.buildClientIfStale();
  return { ...seed, ...run, ...driver, ...searchIndex, staticDir };
}

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
  const env = loadEnv();
  // Checked before Neo4j starts, so a stray HOST or a taken port fails in a second rather than after start-up.
  const { host, exposed } = chooseHost(env.HOST, values.host);
  await assertPortFree(host, env.PORT);
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
  const folder: GraphFolder | undefined = values.graph
    ? await (await import("../src/seed/index.ts")).readGraphFolder(values.graph)
    : undefined;
  if (folder) refuseRemoteGraph(env);
  // Neo4j is spawned first; the rest of start-up is imported and checked while its JVM boots.
  const graphInstance = folder ? openGraphInstance(env, root, folder.dir, console.log) : undefined;
  const localStart = !folder && !env.NEO4J_URI ? startLocal(local) : undefined;
  const work = startUpWork();
  // If Neo4j fails first, the error said is Neo4j's; this one would only repeat or hide it.
  work.catch(() => {});
  let stopNeo4j = async () => {};
  let connection: Connection;
  if (folder && graphInstance) {
    const instance = await graphInstance;
    stopNeo4j = instance.release;
    console.log(
      `${instance.started ? "Started" : "Reusing"} local Neo4j ${instance.state.version} on ${instance.state.uri} ` +
        `for ${folder.dir} (data in ${instance.options.dataDir})`,
    );
    const { loadGraphFolder } = await work;
    connection = instance.connection;
    if (!values["no-seed"]) {
      const report = await loadGraphFolder(connection, folder, { force: false, log: console.log });
      console.log(`Graph loaded: ${report.summary}`);
    }
  } else if (localStart) {
    const { state, started } = await localStart;
    if (started) stopNeo4j = async () => void (await stopLocal(local));
    console.log(`${started ? "Started" : "Reusing"} local Neo4j ${state.version} on ${state.uri}`);
    const { loadArticleGraph } = await work;
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
  } else {
    console.log(
      `Using the Neo4j server at ${env.NEO4J_URI} (NEO4J_URI is set; no local server is started, nothing is loaded into it)`,
    );
    connection = await resolveConnection(env);
  }
  const { createDriver, ensureSearchIndex, formatIndexReport, startExplorer, staticDir } = await work;
  if (values["create-index"]) {
    const driver = createDriver(connection);
    try {
      console.log(formatIndexReport(await ensureSearchIndex(driver, connection.database, folder?.dir)));
    } finally {
      await driver.close();
    }
  }
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
  // Counted from the process's own start (imports included), as a user waits for it.
  const seconds = (performance.now() / 1000).toFixed(1);
  console.log(`\nExplorer ready in ${seconds} s: ${explorer.url}\nPress Ctrl-C to stop.`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    // A second signal (a second Ctrl-C, or one a wrapper passes on) must not cut the stop short and leave Neo4j running.
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping...`);
    await explorer.close();
    await stopNeo4j();
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
});
// A failed start ends here: the pools and workers the server opened before failing (a port in use, say) would keep
// the process waiting on nothing. A Neo4j it started keeps running, and the next `npm start` reuses it.
if (process.exitCode) process.exit(process.exitCode);

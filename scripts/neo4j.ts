// `npm run neo4j:start|stop|status`: manage the bundled local Neo4j on its own.
import { loadEnv } from "../src/server/config/index.ts";
import { projectRoot } from "../src/server/config/project-root.ts";
import { startLocal, stopLocal, statusLocal } from "../src/local-neo4j/index.ts";
import { runCli } from "./cli.ts";

await runCli(async () => {
  const env = loadEnv();
  const opts = {
    root: projectRoot(),
    dataDir: env.NEO4J_DATA_DIR,
    port: env.NEO4J_LOCAL_PORT,
    heap: env.NEO4J_HEAP,
    pagecache: env.NEO4J_PAGECACHE,
    classDataSharing: true,
    log: console.log,
  };
  const command = process.argv[2];
  if (env.NEO4J_URI)
    console.log(`Note: NEO4J_URI is set (${env.NEO4J_URI}); the explorer uses that server, not this local one.`);
  if (command === "start") {
    const t0 = Date.now();
    const { state, started } = await startLocal(opts);
    console.log(
      started
        ? `Neo4j ${state.version} ready on ${state.uri} (pid ${state.pid}) in ${((Date.now() - t0) / 1000).toFixed(1)} s`
        : `Neo4j already running on ${state.uri} (pid ${state.pid})`,
    );
  } else if (command === "stop") {
    const state = await stopLocal(opts);
    console.log(state ? `Neo4j (pid ${state.pid}) stopped` : "Neo4j was not running");
  } else if (command === "status") {
    const status = statusLocal(opts);
    console.log(
      status.running
        ? `running: ${status.state?.uri} (pid ${status.state?.pid}, Neo4j ${status.state?.version}, data ${status.dataDir})`
        : `not running (data ${status.dataDir})`,
    );
    if (!status.running) process.exitCode = 3;
  } else {
    throw new Error(`usage: tsx scripts/neo4j.ts start|stop|status (got ${command ?? "nothing"})`);
  }
});

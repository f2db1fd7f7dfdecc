// The explorer under measurement, in its own process so its memory is its own: started by run.ts over IPC,
// it answers "memory" with its heap and RSS after a full garbage collection (node --expose-gc).
import { resolveConnection } from "../../local-neo4j/resolve-connection.ts";
import { startExplorer } from "../../server/run.ts";
import { loadEnv } from "../../server/config/index.ts";
import { join } from "node:path";
import { projectRoot } from "../../server/config/project-root.ts";

const explorer = await startExplorer({
  connection: await resolveConnection(loadEnv()),
  host: "127.0.0.1",
  port: 0,
  staticDir: process.env.LIVE_BENCH_STATIC,
  // The article's perspective, as `npm start` serves it: its story is what the teacher presents.
  perspectiveFile: join(projectRoot(), "graph", "perspective.json"),
  // Live sessions kept on disk as `npm start` keeps them (a file written after each step), or not at all.
  ...(process.env.LIVE_BENCH_SESSIONS ? { liveSessionsDir: process.env.LIVE_BENCH_SESSIONS } : {}),
});

const collect = () => (globalThis as { gc?: () => void }).gc?.();

process.on("message", (message: unknown) => {
  if (message === "memory") {
    collect();
    collect();
    const { heapUsed, rss } = process.memoryUsage();
    process.send?.({ type: "memory", heapUsed, rss });
  } else if (message === "stop") {
    void explorer.close().then(() => process.exit(0));
  }
});
process.send?.({ type: "ready", url: explorer.url });

// Gives the integration and browser tiers a real Neo4j loaded with the article graph, apart from the user's data.
import { loadEnv } from "../src/server/config/index.ts";
import { startLocal, stopLocal, localConnection } from "../src/local-neo4j/index.ts";
import type { Connection } from "../src/server/db/connection.ts";
import { loadArticleGraph } from "../src/seed/index.ts";

const TEST_DATA_DIR = ".data/neo4j-test";

export interface TestDatabase {
  env: Record<string, string>;
  stop: () => Promise<void>;
}

function envOf(conn: Connection): Record<string, string> {
  return {
    NEO4J_URI: conn.uri,
    NEO4J_USERNAME: conn.username,
    NEO4J_PASSWORD: conn.password,
    NEO4J_DATABASE: conn.database,
  };
}

/** NEO4J_TEST_URI points the tests at another server; it is reset and reseeded, so never give it one with data you keep. */
export async function prepareTestDatabase(root: string): Promise<TestDatabase> {
  const { NEO4J_TEST_URI, NEO4J_TEST_USERNAME, NEO4J_TEST_PASSWORD, NEO4J_TEST_DATABASE } = process.env;
  let conn: Connection;
  let stop = async () => {};
  if (NEO4J_TEST_URI) {
    conn = {
      uri: NEO4J_TEST_URI,
      username: NEO4J_TEST_USERNAME ?? "neo4j",
      password: NEO4J_TEST_PASSWORD ?? "",
      database: NEO4J_TEST_DATABASE ?? "neo4j",
    };
  } else {
    const env = loadEnv({ ...process.env, NEO4J_URI: "" });
    const opts = {
      root,
      dataDir: TEST_DATA_DIR,
      // A second checkout running its tests at the same time gives its own port.
      port: Number(process.env.NEO4J_TEST_PORT) || 7697,
      heap: env.NEO4J_HEAP,
      pagecache: env.NEO4J_PAGECACHE,
      log: console.log,
    };
    const t0 = Date.now();
    const { state, started } = await startLocal(opts);
    console.log(
      `Test Neo4j ${state.version} on ${state.uri} (${started ? `started in ${Date.now() - t0} ms` : "already running"})`,
    );
    conn = localConnection(opts);
    if (started) stop = async () => void (await stopLocal(opts));
  }
  const report = await loadArticleGraph(conn, { root, reset: true, log: () => {} });
  console.log(`Test database reset and seeded: ${report.summary}`);
  return { env: envOf(conn), stop };
}

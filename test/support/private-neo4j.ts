// A Neo4j instance of a test's own (own data folder and port), for fault tests that stop, kill and restart it.
import { rmSync } from "node:fs";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { startLocal, stopLocal, localConnection } from "../../src/local-neo4j/index.ts";
import type { Connection } from "../../src/server/db/connection.ts";

const root = new URL("../../", import.meta.url).pathname;

export function privateNeo4j(name: string, port: number) {
  const opts = { root, dataDir: `.data/neo4j-${name}-${process.pid}`, port, heap: "256m", pagecache: "16m" };
  let pid: number | undefined;
  return {
    /** As startLocal takes them, for code that stops and starts the instance itself (the offline importer). */
    options: opts,
    async start(): Promise<Connection> {
      pid = (await startLocal(opts)).state.pid;
      return localConnection(opts);
    },
    /** Graceful: Neo4j checkpoints and closes its connections, as `npm run neo4j:stop` does. */
    async stop(): Promise<void> {
      await stopLocal(opts);
    },
    /** A crash: SIGKILL on the JVM, so the store must recover on the next start. */
    async kill(): Promise<void> {
      if (pid) process.kill(pid, "SIGKILL");
      for (let i = 0; i < 100 && pid && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 50));
      await stopLocal(opts);
    },
    async destroy(): Promise<void> {
      await stopLocal(opts);
      rmSync(join(root, opts.dataDir), { recursive: true, force: true });
    },
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Waits until a transaction whose current statement contains `marker` runs (or stops running), as Neo4j itself reports. */
export async function waitForTransaction(
  driver: Driver,
  database: string,
  marker: string,
  running: boolean,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const { records } = await driver.executeQuery(
      "SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $marker AND NOT currentQuery CONTAINS 'SHOW TRANSACTIONS' RETURN count(*) AS n",
      { marker },
      { database },
    );
    if (Number(records[0]?.get("n")) > 0 === running) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`No transaction with '${marker}' ${running ? "started" : "ended"} within ${timeoutMs} ms`);
}

// Waits until the new JVM answers on Bolt and the database takes a transaction, or explains why it never will.
import { connect } from "node:net";
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { boltDriver } from "./bolt-driver.ts";
import { LocalNeo4jError } from "./errors.ts";
import { DATABASE_STATUS } from "./queries.ts";
import type { InstancePaths } from "./paths.ts";
import { isAlive, sleep } from "./process.ts";

function tcpAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: "127.0.0.1" });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

/** The last lines of the server's own logs, which name the cause (a store lock, a bad setting). */
export function logTail(paths: InstancePaths, lines = 12): string {
  const files = ["console.log", "neo4j.log"].map((f) => join(paths.logs, f)).filter(existsSync);
  return files
    .map((f) => readFileSync(f, "utf8").trimEnd().split("\n").slice(-lines).join("\n"))
    .join("\n")
    .trim();
}

export function explainEarlyExit(paths: InstancePaths): LocalNeo4jError {
  const tail = logTail(paths, 40);
  if (/lock/i.test(tail) && /store|file/i.test(tail)) {
    return new LocalNeo4jError(
      `The data folder ${paths.home}/data is locked by another Neo4j process. Stop it first (npm run neo4j:stop, or find it with \`ps aux | grep CommunityEntryPoint\`).`,
    );
  }
  return new LocalNeo4jError(
    `Neo4j exited during start-up. Last log lines:\n${tail.split("\n").slice(-12).join("\n")}`,
  );
}

export async function waitForPort(paths: InstancePaths, pid: number, port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) throw explainEarlyExit(paths);
    if (await tcpAnswers(port)) return;
    // A refused connection costs well under a millisecond: poll often, so start-up waits no longer than Bolt needs.
    await sleep(50);
  }
  throw new LocalNeo4jError(
    `Neo4j did not open Bolt on port ${port} within ${timeoutMs / 1000} s. Log tail:\n${logTail(paths)}`,
  );
}

/**
 * Waits until the database takes a transaction. `byStatusQuery` (the benchmark's old way) asks the system database
 * with SHOW DATABASE instead, which makes a fresh JVM compile Cypher's administration path first (seconds on a busy
 * machine).
 */
export async function waitForOnline(
  uri: string,
  password: string,
  database: string,
  timeoutMs: number,
  byStatusQuery = false,
): Promise<string> {
  const driver = await boltDriver(uri, "neo4j", password);
  const deadline = Date.now() + timeoutMs;
  try {
    while (true) {
      try {
        if (!byStatusQuery) {
          await emptyTransaction(driver, database);
          return (await driver.getServerInfo()).agent ?? "";
        }
        const res = await driver.executeQuery(DATABASE_STATUS, { db: database }, { database: "system" });
        if (res.records[0]?.get("currentStatus") === "online") return (await driver.getServerInfo()).agent ?? "";
      } catch (error) {
        if (Date.now() > deadline) throw error;
      }
      if (Date.now() > deadline)
        throw new LocalNeo4jError(`Database ${database} did not come online within ${timeoutMs / 1000} s`);
      await sleep(100);
    }
  } finally {
    await driver.close();
  }
}

/**
 * Begins and commits an empty transaction in the database: it fails while the database is not online, and it runs no
 * Cypher, so the JVM's first query (and the compiling it costs in a fresh JVM) is left to the caller's own.
 */
async function emptyTransaction(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database });
  try {
    const tx = await session.beginTransaction();
    await tx.commit();
  } finally {
    await session.close();
  }
}

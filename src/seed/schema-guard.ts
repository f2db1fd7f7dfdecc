// A small process beside `npm run seed` that puts the schema back if the loader dies mid-load (SIGKILL, Ctrl-C) or
// Neo4j goes away before the loader could: Neo4j rolls the open data transaction back by itself, but schema
// statements commit on their own, so without this they would outlive a failed load.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import type { Connection } from "../server/db/connection.ts";
import { createDriver } from "../server/db/driver.ts";
import { restoreSchema, type SchemaSnapshot } from "./schema-snapshot.ts";
import type { SchemaGuard } from "./types.ts";

/** How long the guard waits for Neo4j to answer again; it says so, and what is left, if it gives up. */
export const GUARD_PATIENCE_MS = 10 * 60_000;

/**
 * Starts the guard and hands it the schema as it was. It reads its instructions from a pipe: when the pipe closes
 * without "done" (the loader exited, was killed, or handed over), it puts the schema back, retrying until Neo4j answers.
 */
export function spawnSchemaGuard(conn: Connection, root: string): (before: SchemaSnapshot) => Promise<SchemaGuard> {
  return async (before) => {
    const child = spawn(process.execPath, ["--import", "tsx", join(root, "scripts/seed-guard.ts")], {
      cwd: root,
      // Its own process group: a Ctrl-C or a kill of the loader's group must not take the guard with it.
      detached: true,
      stdio: ["pipe", "ignore", "inherit"],
    });
    child.unref();
    // A guard that failed to start must not take the load down with it (EPIPE on its pipe); the loader still puts
    // the schema back itself whenever Neo4j answers.
    child.on("error", (err) => console.error(`warning: the seed guard did not start: ${err.message}`));
    child.stdin.on("error", () => undefined);
    child.stdin.write(`${JSON.stringify({ conn, before })}\n`);
    return {
      release: () => void child.stdin.end(`${JSON.stringify({ done: true })}\n`),
      handOver: () => {
        console.error(
          `A background process (pid ${child.pid}) puts the schema back as soon as Neo4j answers again (it tries for ${GUARD_PATIENCE_MS / 60_000} minutes).`,
        );
        child.stdin.end();
      },
    };
  };
}

/** The guard's side: wait for the pipe to close, then put the schema back unless the loader said it was done. */
export async function runSchemaGuard(input: Readable, log: (line: string) => void): Promise<boolean> {
  const lines: string[] = [];
  for await (const line of createInterface({ input })) lines.push(line);
  if (!lines[0] || lines.slice(1).some((l) => l.includes('"done"'))) return true;
  const { conn, before } = JSON.parse(lines[0]) as { conn: Connection; before: SchemaSnapshot };
  const deadline = Date.now() + GUARD_PATIENCE_MS;
  const driver = createDriver(conn);
  try {
    for (;;) {
      try {
        const undone = await restoreSchema(driver, conn.database, before);
        if (undone.length) log(`seed guard: the load did not finish; schema put back as it was: ${undone.join(", ")}.`);
        return true;
      } catch (err) {
        if (Date.now() > deadline) {
          log(
            `seed guard: gave up putting the schema back after ${GUARD_PATIENCE_MS / 60_000} minutes: ${String(err)}`,
          );
          return false;
        }
        await new Promise((r) => setTimeout(r, 1000));
      }
    }
  } finally {
    await driver.close();
  }
}

// The bundled Neo4j itself: moves off a taken port and says so, refuses a data folder another instance holds.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:net";
import { readFileSync, rmSync, renameSync, statSync } from "node:fs";
import { join } from "node:path";
import neo4j from "neo4j-driver";
import { startLocal, stopLocal, localConnection } from "../../src/local-neo4j/index.ts";
import { isAlive, stopPid } from "../../src/local-neo4j/process.ts";

const root = new URL("../../", import.meta.url).pathname;
const dataDir = `.data/neo4j-itest-${process.pid}`;
const opts = { root, dataDir, port: 0, heap: "256m", pagecache: "16m" };
const stray: number[] = [];

after(async () => {
  await stopLocal(opts);
  for (const pid of stray) await stopPid(pid);
  rmSync(join(root, dataDir), { recursive: true, force: true });
});

test("a taken port makes the instance pick the next free one and say which process held it", async () => {
  const blocker = createServer();
  await new Promise<void>((r) => blocker.listen(0, "127.0.0.1", r));
  const taken = (blocker.address() as { port: number }).port;
  const lines: string[] = [];
  try {
    const { state, started } = await startLocal({ ...opts, port: taken, log: (l) => lines.push(l) });
    assert.equal(started, true);
    assert.notEqual(state.port, taken);
    assert.ok(
      lines.some((l) => l.includes(`Port ${taken} is taken`) && l.includes(`uses port ${state.port}`)),
      lines.join("\n"),
    );
  } finally {
    blocker.close();
  }
  // Auth stays on: the generated password works, the default one does not, and its file is owner-only.
  const conn = localConnection(opts);
  assert.notEqual(conn.password, "neo4j");
  assert.equal(statSync(join(root, dataDir, "password")).mode & 0o077, 0);
  const good = neo4j.driver(conn.uri, neo4j.auth.basic(conn.username, conn.password));
  const bad = neo4j.driver(conn.uri, neo4j.auth.basic("neo4j", "neo4j"));
  try {
    assert.equal(await good.verifyAuthentication(), true);
    assert.equal(await bad.verifyAuthentication().catch(() => false), false);
  } finally {
    await good.close();
    await bad.close();
  }
});

test("starting again reuses the running instance instead of a second JVM", async () => {
  const first = localConnection(opts);
  const { state, started } = await startLocal(opts);
  assert.equal(started, false);
  assert.equal(state.uri, first.uri);
});

test("a data folder locked by a process we did not start is refused with a clear message", async () => {
  // Hide the state file, as if the running JVM belonged to someone else.
  const statePath = join(root, dataDir, "state.json");
  const { state } = await startLocal(opts);
  stray.push(state.pid);
  renameSync(statePath, `${statePath}.hidden`);
  await assert.rejects(startLocal({ ...opts, port: state.port + 1 }), (e: Error) => {
    assert.match(e.message, /locked by another Neo4j process/);
    return true;
  });
  assert.equal(isAlive(state.pid), true, "the running instance is untouched");
  renameSync(`${statePath}.hidden`, statePath);
});

test("a stop does not wait out a quiet period for Bolt: Neo4j takes the setting and shuts Bolt down at once", async () => {
  await startLocal(opts);
  await stopLocal(opts);
  const debug = readFileSync(join(root, dataDir, "home", "logs", "debug.log"), "utf8").split("\n");
  // Neo4j lists the settings it was given: a misspelt or unknown one would not be there (and strict validation
  // would have refused to start).
  assert.ok(
    debug.some((l) => l.trim() === "internal.dbms.bolt.netty_server_shutdown_quiet_period=0"),
    "the setting is among those Neo4j was given",
  );
  const at = (text: string) =>
    Date.parse(
      debug
        .findLast((l) => l.includes(text))!
        .slice(0, 23)
        .replace(" ", "T") + "Z",
    );
  // Netty's default quiet period holds the Bolt server's shutdown for at least 5 s after the databases are closed.
  const boltShutdown = at("Bolt server has been shut down") - at("Shutting down Bolt server");
  assert.ok(boltShutdown < 5000, `Bolt's shutdown took ${boltShutdown} ms`);
});

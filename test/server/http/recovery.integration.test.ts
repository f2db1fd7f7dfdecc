// Neo4j going away mid-session: the API answers 503 meanwhile, keeps serving, and recovers by itself.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { startLocal, stopLocal, localConnection } from "../../../src/local-neo4j/index.ts";
import { startExplorer, type RunningExplorer } from "../../../src/server/run.ts";
import { ApiErrorSchema, HealthSchema, NodeDetailSchema } from "../../../src/shared/index.ts";
import { createDriver } from "../../../src/server/db/driver.ts";

// An instance of its own, so stopping it cannot disturb other tests (or a user's server given as NEO4J_TEST_URI).
const root = new URL("../../../", import.meta.url).pathname;
const opts = { root, dataDir: `.data/neo4j-recovery-${process.pid}`, port: 7717, heap: "256m", pagecache: "16m" };
let explorer: RunningExplorer | undefined;

after(async () => {
  await explorer?.close();
  await stopLocal(opts);
  rmSync(join(root, opts.dataDir), { recursive: true, force: true });
});

test("503 while Neo4j is down, 200 again after it restarts, without restarting the server", async () => {
  await startLocal(opts);
  const conn = localConnection(opts);
  const driver = createDriver(conn);
  try {
    await driver.executeQuery("MERGE (:Entity {id: 'probe', name: 'Probe'})", {}, { database: conn.database });
  } finally {
    await driver.close();
  }
  explorer = await startExplorer({ connection: conn, host: "127.0.0.1", port: 0 });
  const get = (path: string) => fetch(new URL(path, explorer!.url));

  assert.equal((await get("/api/nodes/probe")).status, 200);

  await stopLocal(opts);
  const down = await get("/api/nodes/probe");
  assert.equal(down.status, 503);
  const err = ApiErrorSchema.parse(await down.json());
  assert.equal(err.error, "neo4j_unavailable");
  const health = HealthSchema.parse(await (await get("/api/health")).json());
  assert.equal(health.neo4j.reachable, false);
  assert.equal(health.server, "ok");

  await startLocal(opts);
  let status = 0;
  for (let i = 0; i < 40 && status !== 200; i++) {
    status = (await get("/api/nodes/probe")).status;
    if (status !== 200) await new Promise((r) => setTimeout(r, 250));
  }
  assert.equal(status, 200, "the same server recovered");
  NodeDetailSchema.parse(await (await get("/api/nodes/probe")).json());
});

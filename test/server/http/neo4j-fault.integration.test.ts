// Neo4j stopped or killed in the middle of a request: that request and the ones after it get 503 (never a hang or
// a 500), the same server recovers by itself once Neo4j is back, and nothing already stored is lost.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import type { Driver } from "neo4j-driver";
import { privateNeo4j, waitForTransaction } from "../../support/private-neo4j.ts";
import { dbChecksum } from "../../support/checksum.ts";
import { apiClient } from "../../support/api-client.ts";
import { createDriver } from "../../../src/server/db/driver.ts";
import { startExplorer, type RunningExplorer } from "../../../src/server/run.ts";
import type { Connection } from "../../../src/server/db/connection.ts";
import { ApiErrorSchema, HealthSchema } from "../../../src/shared/index.ts";

const neo4j = privateNeo4j("fault-http", 7727);
let explorer: RunningExplorer | undefined;
let driver: Driver | undefined;
const api = apiClient(() => explorer!.url);
const SLOW = "UNWIND range(1, 2000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS slowProbe";

after(async () => {
  await explorer?.close();
  await driver?.close();
  await neo4j.destroy();
});

async function waitFor200(path: string): Promise<number> {
  const t0 = performance.now();
  for (let i = 0; i < 120; i++) {
    if ((await api.get(path)).status === 200) return performance.now() - t0;
    await new Promise((r) => setTimeout(r, 250));
  }
  assert.fail(`${path} did not recover`);
}

async function interruptedRequest(conn: Connection, stop: () => Promise<void>): Promise<void> {
  const inFlight = api.post("/api/cypher", { query: SLOW });
  driver = createDriver(conn);
  await waitForTransaction(driver, conn.database, "slowProbe", true);
  await driver.close();
  driver = undefined;
  const t0 = performance.now();
  let answeredMs = 0;
  void inFlight.then(() => (answeredMs = performance.now() - t0));
  await stop();
  const stoppedMs = performance.now() - t0;
  const answer = await inFlight;
  console.log(
    `stop took ${Math.round(stoppedMs)} ms; in-flight answered ${Math.round(answeredMs)} ms after the stop began: ${answer.status} ${answer.text.slice(0, 200)}`,
  );
  assert.equal(answer.status, 503, answer.text);
  assert.equal(ApiErrorSchema.parse(answer.json).error, "neo4j_unavailable");
  // Answered while Neo4j is still down (it restarts only after this returns): no waiting for it to come back.
  for (const path of ["/api/nodes/fault-probe", "/api/search?q=probe", "/api/stats"])
    assert.equal((await api.get(path)).status, 503, path);
  assert.equal((await api.post("/api/cypher", { query: "RETURN 1" })).status, 503);
  const health = HealthSchema.parse((await api.get("/api/health")).json);
  assert.deepEqual([health.server, health.neo4j.reachable], ["ok", false]);
}

test("Neo4j stopped, then killed, during a request: 503 meanwhile, recovery without a restart, data kept", async (t) => {
  const conn = await neo4j.start();
  const setup = createDriver(conn);
  t.after(() => setup.close());
  await setup.executeQuery(
    "CREATE (:Entity {id: 'fault-probe', name: 'Fault probe'})",
    {},
    { database: conn.database },
  );
  const before = await dbChecksum(setup, conn.database);
  await setup.close();
  explorer = await startExplorer({ connection: conn, port: 0, timeoutMs: 60_000 });
  assert.equal((await api.get("/api/nodes/fault-probe")).status, 200);

  await interruptedRequest(conn, neo4j.stop);
  await neo4j.start();
  const gracefulMs = await waitFor200("/api/nodes/fault-probe");

  await interruptedRequest(conn, neo4j.kill);
  await neo4j.start();
  const crashMs = await waitFor200("/api/nodes/fault-probe");

  const check = createDriver(conn);
  t.after(() => check.close());
  assert.deepEqual(await dbChecksum(check, conn.database), before, "nothing stored was lost");
  await check.close();
  console.log(
    `recovered ${Math.round(gracefulMs)} ms after a graceful restart, ${Math.round(crashMs)} ms after a crash restart`,
  );
});

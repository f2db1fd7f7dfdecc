// A timed-out ad-hoc query must stop burning Neo4j: what the guard can see is huge is refused before it runs, and
// what slips through holds one slot until Neo4j ends it, while exploring keeps answering. On a private Neo4j, so
// the stuck transaction it provokes dies with that instance instead of slowing every later test.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import type { Driver } from "neo4j-driver";
import { privateNeo4j } from "../../support/private-neo4j.ts";
import { apiClient, assertClientError } from "../../support/api-client.ts";
import { createDriver } from "../../../src/server/db/driver.ts";
import { startExplorer, type RunningExplorer } from "../../../src/server/run.ts";
import { loadArticleGraph } from "../../../src/seed/index.ts";
import { ApiErrorSchema, GraphPayloadSchema, HealthSchema } from "../../../src/shared/index.ts";

const root = new URL("../../../", import.meta.url).pathname;
const neo4j = privateNeo4j("adhoc", 7737);
let explorer: RunningExplorer | undefined;
let driver: Driver | undefined;
let database = "neo4j";
const api = apiClient(() => explorer!.url);

/** Quadratic string building in one expression over a range the guard cannot size (its bound is arithmetic). */
const STUCK = (i: number) => `RETURN size(reduce(s = "", x IN range(1, 20000 * 1000) | s + "x${i}")) AS stuck${i}`;

before(async () => {
  const connection = await neo4j.start();
  database = connection.database;
  await loadArticleGraph(connection, { root, reset: true, log: () => {} });
  driver = createDriver(connection);
  explorer = await startExplorer({ connection, host: "127.0.0.1", port: 0, timeoutMs: 1_500 });
});

after(async () => {
  await explorer?.close();
  await driver?.close();
  // Stopping this Neo4j ends the transaction nothing else could.
  await neo4j.destroy();
});

async function stuckInNeo4j(): Promise<number> {
  const { records } = await driver!.executeQuery(
    "SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS 'reduce(s' AND NOT currentQuery CONTAINS 'SHOW' RETURN count(*) AS n",
    {},
    { database },
  );
  return Number(records[0]?.get("n"));
}

test("loops over huge literal ranges inside one expression are refused before they run, saying why", async () => {
  for (const query of [
    'RETURN reduce(s = "", x IN range(1, 20000000) | s + "x") AS s',
    "RETURN [x IN range(0, 50000000, 2) | x * 2] AS doubled",
    "MATCH (n) WHERE any(x IN range(1, 9999999) WHERE x = n.born) RETURN n",
  ]) {
    const error = assertClientError(await api.post("/api/cypher", { query }), query, [400]);
    assert.match(error.message, /loops over [\d,]+ elements inside one expression/, query);
    assert.equal((error.details as { reason: string }).reason, "expression_loop");
  }
  // Rows are not loops in one expression (Neo4j stops them at the timeout), and text is not code.
  for (const query of [
    "UNWIND range(1, 20000000) AS x RETURN count(x) AS n",
    "RETURN 'x IN range(1, 99999999)' AS text // IN range(1, 99999999)",
    "RETURN [x IN range(1, 1000) | x] AS small",
  ]) {
    const answer = await api.post("/api/cypher", { query });
    assert.equal(answer.status, 200, `${query}: ${answer.text.slice(0, 200)}`);
  }
  assert.equal(await stuckInNeo4j(), 0, "nothing refused ever reached Neo4j");
});

test("three slipping-through queries at once: one slot, the others turned away, health names the stuck one, exploring answers", async () => {
  const attempts = await Promise.all([1, 2, 3].map((i) => api.post("/api/cypher", { query: STUCK(i) })));
  const ran = attempts.filter((a) => a.status === 200);
  const busy = attempts.filter((a) => a.status === 503);
  assert.equal(ran.length, 1, attempts.map((a) => `${a.status} ${a.text.slice(0, 160)}`).join("\n"));
  assert.equal(busy.length, 2);
  assert.equal(GraphPayloadSchema.parse(ran[0]!.json).summary.timedOut, true);
  for (const a of busy) {
    assert.equal(ApiErrorSchema.parse(a.json).error, "busy");
    assert.match(a.headers.get("retry-after") ?? "", /^\d+$/);
  }

  // Neo4j still runs it after its timeout: the slot stays taken, and health says so, naming the query.
  assert.equal(await stuckInNeo4j(), 1, "the timed-out transaction still runs in Neo4j");
  const health = HealthSchema.parse((await api.get("/api/health")).json);
  assert.equal(health.adhoc?.inUse, 1);
  assert.equal(health.adhoc?.stuck.length, 1);
  assert.match(health.adhoc!.stuck[0]!.query, /reduce\(s = ""/);
  const again = await api.post("/api/cypher", { query: "RETURN 1 AS one" });
  assert.equal(again.status, 503, "a fourth ad-hoc query waits for the slot");
  assert.match(ApiErrorSchema.parse(again.json).message, /timed out but Neo4j is still running/);

  // Everything else keeps answering: search, details, neighbours, paths, a saved query, schema.
  for (const path of [
    "/api/search?q=%E9%A6%AC%E9%9B%B2",
    "/api/nodes/jack-ma",
    "/api/nodes/alibaba/neighbors?limit=5",
    "/api/paths?from=jack-ma&to=apple",
    "/api/schema",
  ]) {
    assert.equal((await api.get(path)).status, 200, path);
  }
  const saved = await api.post("/api/queries/models/run", { params: {} });
  assert.equal(saved.status, 200, saved.text.slice(0, 200));
});

// Admission under load: API requests beyond the concurrency limit wait their turn, health answers at once, and
// clients that give up while waiting (or while running) never leak a turn.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { testConnection, testDriver } from "../../support/db.ts";
import { waitForTransaction } from "../../support/private-neo4j.ts";
import { startExplorer, type RunningExplorer } from "../../../src/server/run.ts";
import { GraphPayloadSchema } from "../../../src/shared/index.ts";

let explorer: RunningExplorer;
before(async () => {
  explorer = await startExplorer({ connection: testConnection(), port: 0, timeoutMs: 1_000, apiConcurrency: 1 });
});
after(async () => {
  // Fastify's graceful close waits up to its 72 s keep-alive for sockets whose requests were aborted mid-flight.
  explorer.app.server.closeAllConnections();
  await explorer.close();
});

const SLOW = {
  query: "UNWIND range(1, 100000) AS x UNWIND range(1, 100000) AS y WITH x, y WHERE x + y < 0 RETURN count(x) AS c",
};
const post = (body: unknown, signal?: AbortSignal) =>
  fetch(new URL("/api/cypher", explorer.url), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
    ...(signal ? { signal } : {}),
  });

test("with one turn taken by a slow query, health still answers at once and the next request waits its turn", async (t) => {
  const driver = testDriver();
  t.after(() => driver.close());
  // The order things are answered in, not how fast: a busy machine is slower at all of them.
  const answered: string[] = [];
  const slow = post(SLOW).then((res) => (answered.push("slow query"), res));
  // Neo4j itself says when the slow query runs, that is, when it holds the one turn.
  await waitForTransaction(driver, testConnection().database, "x + y < 0", true);
  assert.equal((await fetch(new URL("/api/health", explorer.url))).status, 200);
  answered.push("health");
  const next = await fetch(new URL("/api/stats", explorer.url));
  assert.equal(next.status, 200);
  answered.push("stats");
  assert.equal(GraphPayloadSchema.parse(await (await slow).json()).summary.timedOut, true);
  // Health did not queue behind the slow query; stats did.
  assert.deepEqual(answered, ["health", "slow query", "stats"]);
});

test("clients that abort while queued or while running give their turn back", async () => {
  for (let round = 0; round < 3; round++) {
    const controllers = Array.from({ length: 6 }, () => new AbortController());
    const attempts = controllers.map((c) => post(SLOW, c.signal).catch(() => "aborted"));
    await new Promise((r) => setTimeout(r, 150));
    for (const c of controllers) c.abort();
    await Promise.all(attempts);
  }
  // Six aborted per round, one turn in all: a leak would leave this waiting forever. The abort is only a hang guard,
  // far beyond the one-second timeout of whatever still runs, not a time budget.
  const res = await fetch(new URL("/api/stats", explorer.url), { signal: AbortSignal.timeout(120_000) });
  assert.equal(res.status, 200, "the turns came back");
});

// Admission under load: API requests beyond the concurrency limit wait their turn, health answers at once, and
// clients that give up while waiting (or while running) never leak a turn.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { testConnection } from "../../support/db.ts";
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

const SLOW = { query: "UNWIND range(1, 100000000) AS x WITH x WHERE x < 0 RETURN count(x) AS c" };
const post = (body: unknown, signal?: AbortSignal) =>
  fetch(new URL("/api/cypher", explorer.url), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
    ...(signal ? { signal } : {}),
  });

test("with one turn taken by a slow query, health still answers at once and the next request waits its turn", async () => {
  const slow = post(SLOW);
  await new Promise((r) => setTimeout(r, 200));
  const t0 = performance.now();
  assert.equal((await fetch(new URL("/api/health", explorer.url))).status, 200);
  assert.ok(performance.now() - t0 < 500, "health is not queued");
  const next = await fetch(new URL("/api/stats", explorer.url));
  assert.equal(next.status, 200);
  assert.ok(performance.now() - t0 > 500, "stats waited for the slow query's turn");
  assert.equal(GraphPayloadSchema.parse(await (await slow).json()).summary.timedOut, true);
});

test("clients that abort while queued or while running give their turn back", async () => {
  for (let round = 0; round < 3; round++) {
    const controllers = Array.from({ length: 6 }, () => new AbortController());
    const attempts = controllers.map((c) => post(SLOW, c.signal).catch(() => "aborted"));
    await new Promise((r) => setTimeout(r, 150));
    for (const c of controllers) c.abort();
    await Promise.all(attempts);
  }
  // Six aborted per round, one turn in all: a leak would leave this waiting forever.
  const t0 = performance.now();
  const res = await fetch(new URL("/api/stats", explorer.url), { signal: AbortSignal.timeout(15_000) });
  assert.equal(res.status, 200);
  assert.ok(performance.now() - t0 < 12_000, "the turns came back");
});

// The answer cache on the bundled test Neo4j: a load through the seed loader, or a write through the API, is seen by
// the very next request; ETag and 304; and against a server others may write to, the time-to-live bounds how old an
// answer gets. Writes made behind the explorer's back (the driver, no version bump) show what the cache holds.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import type { Driver } from "neo4j-driver";
import { testConnection, testDriver } from "../../support/db.ts";
import { startExplorer, type RunningExplorer } from "../../../src/server/run.ts";
import { seedSources } from "../../../src/seed/index.ts";
import { NodeDetailSchema, StatsResponseSchema } from "../../../src/shared/index.ts";

const database = testConnection().database;
const TOKEN = "answer-cache-test-token-0123";
const NODE = "/api/nodes/fixture-cache-node";
let driver: Driver;
let cached: RunningExplorer;
let uncached: RunningExplorer;

const behindTheBack = (name: string) =>
  driver.executeQuery("MATCH (n:FixtureCache {id: 'fixture-cache-node'}) SET n.name = $name", { name }, { database });

/** The real seed loader's path (plan, check, one transaction that bumps the version), for a one-line script. */
const load = (script: string) =>
  seedSources(driver, database, [{ file: "answer-cache-fixture.cypher", source: script }]);

async function get(explorer: RunningExplorer, path: string, headers: Record<string, string> = {}) {
  const res = await fetch(new URL(path, explorer.url), { headers });
  return { status: res.status, etag: res.headers.get("etag"), text: await res.text(), headers: res.headers };
}
const nameOf = (text: string) => NodeDetailSchema.parse(JSON.parse(text)).node.properties.name;

before(async () => {
  driver = testDriver();
  await driver.executeQuery("MATCH (n:FixtureCache) DETACH DELETE n", {}, { database });
  await load("CREATE (:FixtureCache {id: 'fixture-cache-node', name: 'first'});");
  const connection = testConnection();
  cached = await startExplorer({ connection, port: 0, answerCache: {}, writeToken: TOKEN });
  uncached = await startExplorer({ connection, port: 0 });
});
after(async () => {
  await cached?.close();
  await uncached?.close();
  await driver.executeQuery("MATCH (n:FixtureCache) DETACH DELETE n", {}, { database });
  await driver.close();
});

test("a cached answer is served until a load, and the first request after the load sees the new data", async () => {
  const first = await get(cached, NODE);
  assert.equal(first.status, 200);
  assert.equal(nameOf(first.text), "first");
  assert.ok(first.etag, "a cached endpoint sends an ETag");
  assert.equal(first.headers.get("cache-control"), "no-cache");

  // Behind the explorer's back: the cache answers, the uncached explorer sees the change (so this test can fail).
  await behindTheBack("unseen");
  const again = await get(cached, NODE);
  assert.equal(nameOf(again.text), "first");
  assert.equal(again.etag, first.etag);
  assert.equal(nameOf((await get(uncached, NODE)).text), "unseen");

  await load("MATCH (n:FixtureCache {id: 'fixture-cache-node'}) SET n.name = 'second';");
  const after = await get(cached, NODE);
  assert.equal(nameOf(after.text), "second");
  assert.notEqual(after.etag, first.etag);
});

test("If-None-Match with the current ETag gets a 304 without a body; after a load the old tag gets the new answer", async () => {
  const fresh = await get(cached, NODE);
  const notModified = await get(cached, NODE, { "if-none-match": fresh.etag! });
  assert.equal(notModified.status, 304);
  assert.equal(notModified.text, "");
  assert.equal(notModified.etag, fresh.etag);
  // Weak forms and lists match too (a proxy may weaken a tag).
  assert.equal((await get(cached, NODE, { "if-none-match": `"other", W/${fresh.etag!}` })).status, 304);

  await load("MATCH (n:FixtureCache {id: 'fixture-cache-node'}) SET n.name = 'third';");
  const changed = await get(cached, NODE, { "if-none-match": fresh.etag! });
  assert.equal(changed.status, 200);
  assert.equal(nameOf(changed.text), "third");
  assert.notEqual(changed.etag, fresh.etag);
});

test("a new version gives a new ETag even when the answer's body is the same", async () => {
  const stats = await get(cached, "/api/stats");
  await load("MATCH (n:FixtureCache {id: 'fixture-cache-node'}) SET n.touched = true;");
  const next = await get(cached, "/api/stats");
  assert.deepEqual(StatsResponseSchema.parse(JSON.parse(next.text)), StatsResponseSchema.parse(JSON.parse(stats.text)));
  assert.notEqual(next.etag, stats.etag);
});

test("a write through the API is seen by the next read", async () => {
  const before = await get(cached, "/api/stats");
  const write = await fetch(new URL("/api/cypher", cached.url), {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ query: "CREATE (:FixtureCache {id: 'fixture-cache-extra'})", mode: "write" }),
  });
  assert.equal(write.status, 200);
  const stats = StatsResponseSchema.parse(JSON.parse((await get(cached, "/api/stats")).text));
  assert.equal(stats.nodes, StatsResponseSchema.parse(JSON.parse(before.text)).nodes + 1);
});

test("compressed and plain answers from the cache carry the same body", async () => {
  const path = "/api/nodes/alibaba/neighbors?limit=50";
  const plain = await get(cached, path, { "accept-encoding": "identity" });
  for (const encoding of ["br", "gzip"]) {
    // fetch decodes the body; the header says it came compressed, from the cache or from the first computation.
    const res = await fetch(new URL(path, cached.url), { headers: { "accept-encoding": encoding } });
    assert.equal(res.headers.get("content-encoding"), encoding);
    assert.equal(await res.text(), plain.text);
  }
});

test("against a server others may write to, the TTL bounds how long an answer is served", async () => {
  const ttlMs = 400;
  const withTtl = await startExplorer({ connection: testConnection(), port: 0, answerCache: { ttlMs } });
  try {
    await behindTheBack("before-ttl");
    assert.equal(nameOf((await get(withTtl, NODE)).text), "before-ttl");
    await behindTheBack("after-ttl");
    const start = Date.now();
    // Within the TTL a repeat may be served from the cache (on a slow machine the TTL may already be over).
    const within = nameOf((await get(withTtl, NODE)).text);
    if (Date.now() - start < ttlMs / 2) assert.equal(within, "before-ttl");
    await new Promise((r) => setTimeout(r, ttlMs + 50));
    assert.equal(nameOf((await get(withTtl, NODE)).text), "after-ttl");
  } finally {
    await withTtl.close();
  }
});

// Contract tests on graphs of other shapes: for each fixture folder, loaded as `npm start -- --graph DIR` loads it,
// the live API and the offline snapshot of the same database answer searches, names, details and the first view alike.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { privateNeo4j } from "../../support/private-neo4j.ts";
import { createDriver } from "../../../src/server/db/driver.ts";
import type { Connection } from "../../../src/server/db/connection.ts";
import { startExplorer, type RunningExplorer } from "../../../src/server/run.ts";
import { loadGraphFolder, readGraphFolder } from "../../../src/seed/index.ts";
import { loadSavedQueries } from "../../../src/server/saved-queries/index.ts";
import { buildSnapshot } from "../../../src/offline-export/build-snapshot.ts";
import { createHttpClient, createSnapshotClient, type ApiClient } from "../../../src/client/api/index.ts";
import { captionIn, graphAnswer, type GraphPayload, type Snapshot } from "../../../src/shared/index.ts";

const root = new URL("../../../", import.meta.url).pathname;
const neo4j = privateNeo4j("contract-any-graph", 7771);
let conn: Connection;
let driver: Driver;
let explorer: RunningExplorer | undefined;

before(async () => {
  conn = await neo4j.start();
  driver = createDriver(conn);
});
after(async () => {
  await explorer?.close();
  await driver?.close();
  await neo4j.destroy();
});

/** Timing is the only part of an answer that may differ between the editions. */
const timeless = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value, (key, v: unknown) => (key === "resultAvailableAfterMs" ? 0 : v)));

async function editions(name: string): Promise<{ live: ApiClient; offline: ApiClient; snapshot: Snapshot }> {
  await explorer?.close();
  explorer = undefined;
  const folder = await readGraphFolder(join(root, "test/fixtures/graphs", name));
  await loadGraphFolder(conn, folder, { force: true, log: () => {} });
  explorer = await startExplorer({
    connection: conn,
    host: "127.0.0.1",
    port: 0,
    queriesDir: folder.queriesDir ?? null,
    graphDir: folder.dir,
  });
  const snapshot = await buildSnapshot(
    { driver, database: conn.database, timeoutMs: 10_000 },
    {
      graphName: name,
      savedQueries: folder.queriesDir ? await loadSavedQueries(folder.queriesDir) : [],
      maxNodes: 5_000,
      resultCap: 5_000,
      timeoutMs: 10_000,
      perspectiveFile: folder.perspectiveFile ?? null,
    },
  );
  return {
    live: createHttpClient(explorer.url.replace(/\/$/, "")),
    offline: createSnapshotClient(snapshot),
    snapshot,
  };
}

for (const fixture of ["people-works", "transit-integers", "cjk-literature"]) {
  test(`${fixture}: search, names, details and the first view agree live and offline`, async () => {
    const { live, offline, snapshot } = await editions(fixture);
    const perspective = snapshot.perspective!.perspective;
    const captions = snapshot.nodes.map((n) => captionIn(n, perspective)).filter((c) => !/^\S+ \d+$/.test(c));
    assert.ok(captions.length >= 5, `${fixture}: ${captions.length} captions`);

    // Search: every caption and its first half, in whatever script the graph uses.
    let compared = 0;
    for (const q of new Set([
      ...captions,
      ...captions.map((c) => [...c].slice(0, Math.ceil([...c].length / 2)).join("")),
    ])) {
      const [a, b] = await Promise.all([
        live.call("search", { query: { q, limit: 10 } }),
        offline.call("search", { query: { q, limit: 10 } }),
      ]);
      const shape = (r: typeof a) => r.hits.map((h) => `${h.key} | ${h.name} | ${h.matched} | ${h.label}`);
      assert.deepEqual(shape(b), shape(a), `${fixture}: search '${q}'`);
      compared += a.hits.length;
    }
    assert.ok(compared >= captions.length, `${fixture}: every caption finds at least itself (${compared} hits)`);

    // Opening a node by its caption (a name, not an id) gives the same node and details in both.
    for (const caption of captions.slice(0, 8)) {
      const [a, b] = await Promise.all([
        live.call("node", { params: { id: caption } }),
        offline.call("node", { params: { id: caption } }),
      ]);
      const sorted = (d: typeof a) => ({
        ...d,
        relationships: [...d.relationships].sort((x, y) => (x.relationship.id < y.relationship.id ? -1 : 1)),
      });
      assert.equal(captionIn(a.node, perspective), caption, `${fixture}: '${caption}' opens its own node`);
      assert.deepEqual(timeless(sorted(b)), timeless(sorted(a)), `${fixture}: details of '${caption}'`);
    }

    // The first view: the same nodes and relationships.
    const [a, b] = (await Promise.all([live.call("graph", {}), offline.call("graph", {})])).map(graphAnswer);
    const ids = (g: GraphPayload) => [g.nodes.map((n) => n.id).sort(), g.relationships.map((r) => r.id).sort()];
    assert.deepEqual(ids(b!), ids(a!), `${fixture}: first view`);
    // The compact form reads back to the same answer, live and offline.
    const compact = { query: { format: "compact" as const } };
    const [c, d] = await Promise.all([live.call("graph", compact), offline.call("graph", compact)]);
    const untimed = (g: GraphPayload) => ({ ...g, summary: { ...g.summary, resultAvailableAfterMs: 0 } });
    assert.deepEqual(untimed(graphAnswer(c)), untimed(a!), `${fixture}: the compact first view, live`);
    assert.deepEqual(ids(graphAnswer(d)), ids(b!), `${fixture}: the compact first view, offline`);
  });
}

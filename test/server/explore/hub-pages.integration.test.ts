// Pages of a hub on the real Neo4j with its page order kept: the pages are the same as sorting every relationship
// per page, disjoint, together every neighbour, the same when asked again, and a new database version reads anew.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import type { Driver } from "neo4j-driver";
import { testConnection, testDriver } from "../../support/db.ts";
import { neighbors } from "../../../src/server/explore/neighbors.ts";
import { createHubPages } from "../../../src/server/explore/hub-pages.ts";
import { bumpDbVersion } from "../../../src/server/answer-cache/db-version.ts";
import { NeighborsQuerySchema, type NeighborsResponse } from "../../../src/shared/index.ts";

const LABEL = "HubPageProbe";
const LEAVES = 1_234;
let driver: Driver;
let hub = "";
const database = () => testConnection().database;
const ctx = () => ({ driver, database: database(), timeoutMs: 60_000 });
const cleanUp = () => driver.executeQuery(`MATCH (n:${LABEL}) DETACH DELETE n`, {}, { database: database() });

before(async () => {
  driver = testDriver();
  await cleanUp();
  // Two types, both directions: the order (type, then id) interleaves them.
  const { records } = await driver.executeQuery(
    `CREATE (h:${LABEL} {id: 'hub-probe', name: 'Hub'})
     WITH h UNWIND range(1, $n) AS i
     CREATE (l:${LABEL} {id: 'leaf-' + i, name: 'Leaf ' + i})
     FOREACH (_ IN CASE WHEN i % 3 = 0 THEN [1] ELSE [] END | CREATE (l)-[:PROBE_OWNS]->(h))
     FOREACH (_ IN CASE WHEN i % 3 = 1 THEN [1] ELSE [] END | CREATE (h)-[:PROBE_LINK]->(l))
     FOREACH (_ IN CASE WHEN i % 3 = 2 THEN [1] ELSE [] END | CREATE (l)-[:PROBE_LINK]->(h))
     RETURN DISTINCT elementId(h) AS hub`,
    { n: LEAVES },
    { database: database() },
  );
  hub = records[0]!.get("hub") as string;
});

after(async () => {
  await cleanUp();
  await driver.close();
});

async function allPages(pages: ReturnType<typeof createHubPages> | undefined, limit: number, extra = {}) {
  const seen: NeighborsResponse[] = [];
  let cursor: string | null | undefined;
  do {
    const q = NeighborsQuerySchema.parse({ limit, ...extra, ...(cursor ? { cursor } : {}) });
    const page = await neighbors(ctx(), hub, q, pages);
    seen.push(page);
    cursor = page.nextCursor;
  } while (cursor && seen.length < 1_000);
  return seen;
}
const ids = (pages: NeighborsResponse[]) => pages.map((p) => p.relationships.map((r) => r.id));

test("a hub's pages from the kept order: as sorted per page, disjoint, every neighbour, stable", async () => {
  const pages = createHubPages({ minRelationships: 100 });
  const kept = await allPages(pages, 100);
  assert.equal(pages.size, 1, "the hub's order was kept");
  const sorted = await allPages(undefined, 100);
  assert.deepEqual(ids(kept), ids(sorted), "the same pages as sorting every relationship per page");
  const flat = ids(kept).flat();
  assert.equal(new Set(flat).size, flat.length, "no relationship on two pages");
  assert.equal(flat.length, LEAVES);
  assert.equal(kept[0]!.total, LEAVES);
  const leaves = new Set(kept.flatMap((p) => p.nodes.map((n) => n.properties.id)).filter((id) => id !== "hub-probe"));
  assert.equal(leaves.size, LEAVES, "every neighbour on some page");
  assert.deepEqual(ids(await allPages(pages, 100)), ids(kept), "asked again, the same pages");
  // Filters are kept apart: one type, one direction.
  const outgoing = await allPages(pages, 100, { types: "PROBE_LINK", direction: "out" });
  assert.deepEqual(ids(outgoing), ids(await allPages(undefined, 100, { types: "PROBE_LINK", direction: "out" })));
  assert.equal(ids(outgoing).flat().length, Math.ceil(LEAVES / 3));
});

test("a new database version reads the hub's order anew: a relationship added since is on a page", async () => {
  const pages = createHubPages({ minRelationships: 100 });
  await allPages(pages, 200);
  await driver.executeQuery(
    `MATCH (h:${LABEL} {id: 'hub-probe'}) CREATE (h)-[:PROBE_LINK]->(:${LABEL} {id: 'leaf-new', name: 'New'})`,
    {},
    { database: database() },
  );
  await bumpDbVersion(driver, database());
  const after = await allPages(pages, 200);
  assert.equal(after[0]!.total, LEAVES + 1);
  assert.ok(after.some((p) => p.nodes.some((n) => n.properties.id === "leaf-new")));
});

test("a relationship deleted behind the version's back is left out of its page, and the next page starts as before", async () => {
  const pages = createHubPages({ minRelationships: 100 });
  const [first] = await allPages(pages, 50);
  const gone = first!.relationships[3]!.id;
  await driver.executeQuery(
    "MATCH ()-[r]->() WHERE elementId(r) = $id DELETE r",
    { id: gone },
    { database: database() },
  );
  const again = await neighbors(ctx(), hub, NeighborsQuerySchema.parse({ limit: 50 }), pages);
  assert.deepEqual(
    again.relationships.map((r) => r.id),
    first!.relationships.map((r) => r.id).filter((id) => id !== gone),
  );
  assert.equal(again.nextCursor, first!.nextCursor);
});

/** The real driver, counting how each session's queries are sent: managed transactions and auto-commit runs. */
function countingDriver() {
  const sent = { managed: 0, autoCommit: 0 };
  const counted = new Proxy(driver, {
    get(target, key, receiver) {
      if (key !== "session") return Reflect.get(target, key, receiver) as unknown;
      return (...args: Parameters<Driver["session"]>) => {
        const session = target.session(...args);
        return new Proxy(session, {
          get(s, k, r) {
            const value = Reflect.get(s, k, r) as unknown;
            if (typeof value !== "function") return value;
            if (k === "executeRead" || k === "executeWrite" || k === "beginTransaction") sent.managed += 1;
            if (k === "run") sent.autoCommit += 1;
            return (value as (...a: unknown[]) => unknown).bind(s);
          },
        });
      };
    },
  });
  return { driver: counted, sent };
}

test("a page from the kept order is one auto-commit query (no transaction to commit); the old way kept is managed", async () => {
  for (const managedRead of [false, true]) {
    const pages = createHubPages({ minRelationships: 100, managedRead });
    const first = await neighbors(ctx(), hub, NeighborsQuerySchema.parse({ limit: 50 }), pages);
    const { driver: counted, sent } = countingDriver();
    const kept = await neighbors(
      { ...ctx(), driver: counted },
      hub,
      NeighborsQuerySchema.parse({ limit: 50, cursor: "50" }),
      pages,
    );
    assert.deepEqual(sent, managedRead ? { managed: 1, autoCommit: 0 } : { managed: 0, autoCommit: 1 });
    assert.equal(kept.relationships.length, 50);
    assert.equal(kept.total, first.total);
    assert.deepEqual(
      kept.relationships.map((r) => r.id),
      (await neighbors(ctx(), hub, NeighborsQuerySchema.parse({ limit: 50, cursor: "50" }))).relationships.map(
        (r) => r.id,
      ),
    );
  }
});

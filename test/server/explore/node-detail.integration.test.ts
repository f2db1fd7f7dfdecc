// A node's detail in one query gives the very answer of the old four queries in three round trips: on the article
// (by slug, element id, a source's id and a name) and on a generated graph with a hub, self-loops, parallel
// relationships, cited sources and a relationship limit below the degree; a name nobody has fails alike.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import type { Driver } from "neo4j-driver";
import { testConnection, testDriver } from "../../support/db.ts";
import { nodeDetail, nodeDetailInSteps } from "../../../src/server/explore/node-detail.ts";
import { createRng } from "../../../src/generate/rng.ts";

const LABEL = "NodeDetailProbe";
const SOURCE_LABEL = "NodeDetailProbeSource";
const NODES = 300;
let driver: Driver;
const ctx = () => ({ driver, database: testConnection().database, timeoutMs: 60_000 });
const database = () => ({ database: testConnection().database });

const cleanUp = () =>
  driver.executeQuery(`MATCH (n) WHERE n:${LABEL} OR n:${SOURCE_LABEL} DETACH DELETE n`, {}, database());

before(async () => {
  driver = testDriver();
  await cleanUp();
  const rng = createRng(21, 4);
  // Names repeat (every tenth), so the page order meets ties; node 0 is a hub; some links cite a source, some twice.
  await driver.executeQuery(
    `UNWIND range(0, $n - 1) AS i CREATE (:Entity:${LABEL} {id: 'ndp-' + i, name: 'Probe ' + (i % 10)})`,
    { n: NODES },
    database(),
  );
  await driver.executeQuery(
    `UNWIND range(0, 9) AS i CREATE (:Source:${SOURCE_LABEL} {id: 'ndp-source-' + i, title: 'Source ' + i})`,
    {},
    database(),
  );
  const links: { a: number; b: number; type: string; source: string | null }[] = [];
  const types = ["PROBE_A", "PROBE_B", "PROBE_C"];
  const link = (a: number, b: number) =>
    links.push({
      a,
      b,
      type: types[rng.below(types.length)]!,
      source: rng.below(3) ? `ndp-source-${rng.below(12)}` : null,
    });
  for (let i = 1; i < NODES; i++) if (rng.below(3) > 0) link(rng.below(2) ? 0 : i, rng.below(2) ? i : 0);
  for (let j = 0; j < NODES * 2; j++) link(1 + rng.below(NODES - 1), 1 + rng.below(NODES - 1));
  link(5, 5);
  link(0, 0);
  link(7, 8);
  link(7, 8);
  for (const type of types)
    await driver.executeQuery(
      `UNWIND $links AS l MATCH (a:${LABEL} {id: 'ndp-' + toInteger(l.a)}), (b:${LABEL} {id: 'ndp-' + toInteger(l.b)})
       CREATE (a)-[r:${type}]->(b) SET r.source = l.source, r.quote = 'q' + toInteger(l.a) + '-' + toInteger(l.b)`,
      { links: links.filter((l) => l.type === type) },
      database(),
    );
});

after(async () => {
  await cleanUp();
  await driver.close();
});

async function assertSame(id: string, limit: number) {
  const merged = await nodeDetail(ctx(), id, limit);
  const steps = await nodeDetailInSteps(ctx(), id, limit);
  assert.deepEqual(merged, steps, `${id}, limit ${limit}`);
  return merged;
}

test("on a generated graph with a hub, one query answers as the three round trips did", async () => {
  const { records } = await driver.executeQuery(
    `MATCH (n:${LABEL}) RETURN n.id AS id, elementId(n) AS elementId ORDER BY n.id`,
    {},
    database(),
  );
  let relationships = 0;
  let sources = 0;
  for (const [i, r] of records.entries()) {
    const detail = await assertSame(r.get("id") as string, 5_000);
    relationships += detail.relationships.length;
    sources += detail.sources.length;
    if (i % 25 === 0) await assertSame(r.get("elementId") as string, 5_000);
  }
  // The hub, cut at a limit below its degree, where names tie.
  const hub = await assertSame("ndp-0", 40);
  assert.equal(hub.relationships.length, 40);
  assert.ok(Object.values(hub.degree).reduce((a, b) => a + b, 0) > 100, "node 0 is a hub");
  // Not a vacuous comparison.
  assert.ok(relationships > NODES * 3 && sources > NODES, `${relationships} relationships, ${sources} sources`);
  // The self-loop and the parallel pair are there.
  assert.ok((await nodeDetail(ctx(), "ndp-5", 5_000)).relationships.some((x) => x.other.properties.id === "ndp-5"));
});

test("on the article, one query answers as the three round trips did, by slug, element id, source id or name", async () => {
  const { records } = await driver.executeQuery(
    `MATCH (n:Entity) WHERE NOT n:${LABEL} RETURN n.id AS id, elementId(n) AS elementId, n.name AS name ORDER BY n.id`,
    {},
    database(),
  );
  assert.ok(records.length > 20, "the article is loaded");
  for (const r of records) await assertSame(r.get("id") as string, 5_000);
  for (const r of records.slice(0, 5)) {
    await assertSame(r.get("elementId") as string, 5_000);
    await assertSame(r.get("name") as string, 5_000);
  }
  const jackMa = await assertSame("jack-ma", 5_000);
  assert.ok(jackMa.relationships.length > 5 && jackMa.sources.length > 0, "jack-ma has relationships and sources");
  const { records: sources } = await driver.executeQuery("MATCH (s:Source) RETURN s.id AS id LIMIT 3", {}, database());
  for (const s of sources) await assertSame(s.get("id") as string, 5_000);
});

test("a text that names nothing fails alike, with the same suggestions", async () => {
  const failure = (p: Promise<unknown>) =>
    p.then(
      () => assert.fail("expected not found"),
      (error: unknown) => error as { code: string; details: unknown },
    );
  const merged = await failure(nodeDetail(ctx(), "no-such-node-anywhere", 5_000));
  const steps = await failure(nodeDetailInSteps(ctx(), "no-such-node-anywhere", 5_000));
  assert.equal(merged.code, "not_found");
  assert.deepEqual(merged.details, steps.details);
});

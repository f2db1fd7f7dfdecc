// The path search's time budget on the real Neo4j, deepening hop by hop: where the budgeted search finishes it gives
// the very routes, in the very order, of the search without a budget (on the article and on a generated graph with a
// hub), a budget too small to finish in marks the answer as cut short, through the HTTP API too, and so does a wider
// or deeper search left unstarted for want of time.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import type { Driver } from "neo4j-driver";
import { testConnection, testDriver } from "../../support/db.ts";
import { paths } from "../../../src/server/explore/paths.ts";
import { startExplorer } from "../../../src/server/run.ts";
import { createRng } from "../../../src/generate/rng.ts";
import { PathsQuerySchema, PathsResponseSchema, type PathsResponse } from "../../../src/shared/index.ts";

const LABEL = "PathBudgetProbe";
const NODES = 400;
let driver: Driver;
const ctx = () => ({ driver, database: testConnection().database, timeoutMs: 60_000 });

/** Element ids of the probe nodes, node 0 the hub. */
let probe: string[] = [];

const cleanUp = () =>
  driver.executeQuery(`MATCH (n:${LABEL}) DETACH DELETE n`, {}, { database: testConnection().database });

before(async () => {
  driver = testDriver();
  await cleanUp();
  // A hub linked with most nodes (both ways), and a sparse random web among the rest: many routes of equal length.
  const rng = createRng(7, 3);
  const links: [number, number][] = [];
  for (let i = 1; i < NODES; i++) if (rng.below(4) > 0) links.push(rng.below(2) ? [0, i] : [i, 0]);
  for (let j = 0; j < NODES * 3; j++) links.push([1 + rng.below(NODES - 1), 1 + rng.below(NODES - 1)]);
  const { records } = await driver.executeQuery(
    `UNWIND range(0, $n - 1) AS i CREATE (x:${LABEL} {id: 'probe-' + i, name: 'Probe ' + i}) RETURN elementId(x) AS id ORDER BY i`,
    { n: NODES },
    { database: testConnection().database },
  );
  probe = records.map((r) => r.get("id") as string);
  await driver.executeQuery(
    `UNWIND $links AS l MATCH (a:${LABEL} {id: 'probe-' + toInteger(l[0])}), (b:${LABEL} {id: 'probe-' + toInteger(l[1])})
     CREATE (a)-[:PROBE_LINK]->(b)`,
    { links },
    { database: testConnection().database },
  );
});

after(async () => {
  await cleanUp();
  await driver.close();
});

/** What a reader sees of an answer: each route's node and relationship sequence, in order, and the direction. */
const routesOf = (r: PathsResponse) => ({
  direction: r.direction,
  routes: r.paths.map((p) => [...p.nodes, ...p.hops.map((h) => h.relationship.id)].join(" ")),
});

/** Pairs whose answer holds a route longer than the shortest + 1 hop: the budgeted search had to deepen for them. */
let deepened = 0;

async function assertSameAsUnbounded(pairs: [string, string][], k: number) {
  let compared = 0;
  for (const [from, to] of pairs) {
    const q = PathsQuerySchema.parse({ from, to, k });
    const unbounded = await paths(ctx(), q);
    const bounded = await paths(ctx(), q, { budgetMs: 60_000, budgetAbove: 0 });
    assert.equal(bounded.truncated, undefined, `${from} → ${to} finished within a minute`);
    assert.deepEqual(routesOf(bounded), routesOf(unbounded), `${from} → ${to}, k = ${k}`);
    compared += unbounded.paths.length;
    const lengths = unbounded.paths.map((p) => p.length);
    if (lengths.length && Math.max(...lengths) > Math.min(...lengths) + 1) deepened += 1;
  }
  return compared;
}

test("on a graph with a hub, the budgeted search returns the unbounded search's routes, in its order", async () => {
  const rng = createRng(11, 5);
  const pairs: [string, string][] = [];
  for (let i = 0; i < 40; i++) pairs.push([probe[1 + rng.below(NODES - 1)]!, probe[1 + rng.below(NODES - 1)]!]);
  pairs.push([probe[0]!, probe[5]!], [probe[9]!, probe[0]!]);
  const routes = (await assertSameAsUnbounded(pairs, 10)) + (await assertSameAsUnbounded(pairs.slice(0, 10), 3));
  // Not a vacuous comparison: most pairs have several routes, and some routes lie deeper than the first hop cap.
  assert.ok(routes > pairs.length * 3, `${routes} routes compared`);
  assert.ok(deepened > 0, `${deepened} pairs with routes past the shortest + 1 hop`);
});

test("on the article, the budgeted search returns the unbounded search's routes, in its order", async () => {
  const { records } = await driver.executeQuery(
    "MATCH (n:Entity) RETURN n.id AS id ORDER BY id",
    {},
    {
      database: testConnection().database,
    },
  );
  const ids = records.map((r) => r.get("id") as string);
  assert.ok(ids.length > 20, "the article is loaded");
  const rng = createRng(13, 5);
  const pairs: [string, string][] = [["jack-ma", "apple"]];
  for (let i = 0; i < 60; i++) pairs.push([ids[rng.below(ids.length)]!, ids[rng.below(ids.length)]!]);
  assert.ok(
    (await assertSameAsUnbounded(
      pairs.filter(([a, b]) => a !== b),
      10,
    )) > 60,
  );
});

test("a budget too small to finish in marks the answer cut short, with the routes found by then", async () => {
  const q = PathsQuerySchema.parse({ from: probe[3]!, to: probe[7]! });
  const cut = await paths(ctx(), q, { budgetMs: 0, budgetAbove: 0 });
  assert.deepEqual(cut.truncated, { reason: "time-budget", budgetMs: 0 });
  assert.equal(cut.paths.length, 0);
  const whole = await paths(ctx(), q, { budgetMs: 60_000, budgetAbove: 0 });
  assert.equal(whole.truncated, undefined);
  assert.ok(whole.paths.length > 0);
  // A graph this small (under the default 100,000 relationships) is searched to the end whatever the budget.
  const small = await paths(ctx(), q, { budgetMs: 0 });
  assert.deepEqual(routesOf(small), routesOf(whole));
});

test("a search without the time it needs is not started: the routes so far, marked cut short", async () => {
  const rng = createRng(11, 5);
  let compared = 0;
  for (let i = 0; i < 10; i++) {
    const q = PathsQuerySchema.parse({ from: probe[1 + rng.below(NODES - 1)]!, to: probe[1 + rng.below(NODES - 1)]! });
    const whole = await paths(ctx(), q, { budgetMs: 60_000, budgetAbove: 0 });
    assert.equal(whole.truncated, undefined);
    if (!whole.paths.length) continue;
    // No time is enough for a search after the one shortest route's: that route is the answer, marked cut short.
    const one = await paths(ctx(), q, { budgetMs: 60_000, budgetAbove: 0, growth: Infinity });
    assert.deepEqual(one.truncated, { reason: "time-budget", budgetMs: 60_000 });
    assert.equal(one.paths.length, 1);
    assert.equal(one.paths[0]!.length, whole.paths[0]!.length);
    // Without the rule (the old way), every search starts while budget is left: the whole answer.
    const old = await paths(ctx(), q, { budgetMs: 60_000, budgetAbove: 0, growth: null });
    assert.deepEqual(routesOf(old), routesOf(whole));
    compared += 1;
  }
  assert.ok(compared > 5, `${compared} pairs with routes`);
});

test("the API sends the cut-short mark in the paths answer, per its schema", async () => {
  const explorer = await startExplorer({ connection: testConnection(), port: 0, pathBudgetMs: 0, pathBudgetAbove: 0 });
  try {
    const res = await fetch(
      new URL(`/api/paths?from=${encodeURIComponent(probe[3]!)}&to=${encodeURIComponent(probe[7]!)}`, explorer.url),
    );
    assert.equal(res.status, 200);
    const body = PathsResponseSchema.parse(await res.json());
    assert.equal(body.truncated?.reason, "time-budget");
  } finally {
    await explorer.close();
  }
});

// Schema discovery reading one sample per relationship type finds the same schema as the old way (two queries per
// type) on the article graph and on a generated graph of many labels and types, sampled or not; and a search through
// the article's index does not wait for discovery.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import type { Driver } from "neo4j-driver";
import { testConnection, testDriver } from "../../support/db.ts";
import { discoverSchema, SCHEMA_SAMPLE_SIZE } from "../../../src/server/explore/graph-schema.ts";
import { schemaCounts } from "../../../src/server/explore/schema.ts";
import type { FastifyRequest } from "fastify";
import { exploreHandlers } from "../../../src/server/http/routes/explore.ts";
import { createAdhocSlots } from "../../../src/server/cypher/adhoc-slots.ts";
import { createSchemaCache } from "../../../src/server/explore/schema-cache.ts";
import { SearchQuerySchema } from "../../../src/shared/index.ts";
import { bumpDbVersion } from "../../../src/server/answer-cache/db-version.ts";
import type { ReadContext } from "../../../src/server/db/read.ts";

/** Every generated node carries this label too, so the test can remove what it made. */
const PROBE = "SchemaDiscoveryProbe";
/** Many labels and types, names that need quoting among them. */
const LABELS = 61;
const TYPES = 57;

let driver: Driver;
let ctx: ReadContext;
const database = () => testConnection().database;

async function bothWays(sampleSize: number) {
  const counts = await schemaCounts(ctx);
  const batched = await discoverSchema(ctx, counts, sampleSize, "sample-once");
  const perLabel = await discoverSchema(ctx, counts, sampleSize, "two-per-type");
  return { counts, batched, perLabel };
}

/**
 * LABELS labels (names with a space, a dash and a backtick among them) and TYPES types, nodes and relationships of
 * varied shapes: strings of varied length, integers, floats, lists, a key whose type differs between nodes, keys set
 * on some only, relationships with and without properties, between several label pairs.
 */
async function generate(): Promise<void> {
  const labels = Array.from({ length: LABELS }, (_, i) =>
    i === 0 ? "Odd `label` name" : i === 1 ? "dash-label" : `GenLabel${i}`,
  );
  const types = Array.from({ length: TYPES }, (_, i) => (i === 0 ? "ODD `TYPE` NAME" : `GEN_TYPE_${i}`));
  await driver.executeQuery(
    `UNWIND range(0, 1499) AS i
     CREATE (n:${PROBE})
     SET n.seq = i,
         n.name = 'node ' + substring('abcdefghijklmnopqrstuvwxyz', 0, i % 26),
         n.score = CASE WHEN i % 3 = 0 THEN i * 0.5 END,
         n.mixed = CASE WHEN i % 4 = 0 THEN toString(i) WHEN i % 4 = 1 THEN i END,
         n.tags = CASE WHEN i % 5 = 0 THEN ['a', 'bb'] END`,
    {},
    { database: database() },
  );
  for (const [index, label] of labels.entries())
    await driver.executeQuery(
      `MATCH (n:${PROBE}) WHERE n.seq % $count = $index SET n:${quote(label)}`,
      { count: labels.length, index },
      { database: database() },
    );
  for (const [index, type] of types.entries())
    await driver.executeQuery(
      `MATCH (a:${PROBE}) WHERE a.seq % $types = $index
       MATCH (b:${PROBE}) WHERE b.seq = (a.seq * 7 + $index) % 1500
       CREATE (a)-[r:${quote(type)}]->(b)
       SET r.weight = CASE WHEN a.seq % 2 = 0 THEN a.seq END,
           r.note = CASE WHEN a.seq % 3 = 0 THEN 'note ' + toString(a.seq) END`,
      { types: types.length, index },
      { database: database() },
    );
}

const quote = (name: string) => `\`${name.replaceAll("`", "``")}\``;

async function remove(): Promise<void> {
  await driver.executeQuery(`MATCH (n:${PROBE}) DETACH DELETE n`, {}, { database: database() });
  await bumpDbVersion(driver, database());
}

before(async () => {
  driver = testDriver();
  ctx = { driver, database: database(), timeoutMs: 60_000 };
  await remove();
});

after(async () => {
  await remove();
  await driver.close();
});

describe("the article graph", () => {
  it("one sample per type finds the same schema as two queries per type (the old way)", async () => {
    const { counts, batched, perLabel } = await bothWays(SCHEMA_SAMPLE_SIZE);
    assert.ok(counts.labels.length >= 3 && counts.relationshipTypes.length >= 10, "the article graph is loaded");
    assert.deepEqual(batched, perLabel);
    const entity = batched.labels.find((l) => l.name === "Entity");
    assert.ok(entity?.properties.some((p) => p.key === "name" && p.types.includes("string")));
    assert.ok(batched.relationshipTypes.every((t) => t.count === 0 || t.pairs.length > 0));
  });

  it("the same with a sample smaller than most labels and types (the same nodes and relationships are read)", async () => {
    const { batched, perLabel } = await bothWays(3);
    assert.equal(batched.sampled, true);
    assert.deepEqual(batched, perLabel);
  });
});

describe("a generated graph of many labels and types", () => {
  before(generate);

  it("one sample per type finds the same schema as two queries per type", async () => {
    const { counts, batched, perLabel } = await bothWays(SCHEMA_SAMPLE_SIZE);
    const generated = counts.labels.filter((l) => l.name === PROBE || /GenLabel|dash-label|Odd/.test(l.name));
    assert.equal(generated.length, LABELS + 1);
    assert.ok(counts.relationshipTypes.filter((t) => /GEN_TYPE|ODD/.test(t.name)).length === TYPES);
    assert.deepEqual(batched, perLabel);
    // What was generated is what was found: a key of two types, shares, string lengths, pairs.
    const probe = batched.labels.find((l) => l.name === PROBE)!;
    const mixed = probe.properties.find((p) => p.key === "mixed")!;
    assert.deepEqual([...mixed.types].sort(), ["integer", "string"]);
    // Half the nodes have it; the share is read from a sample of 1,000 of the 1,500, which ones depends on the
    // store's order (ids of deleted nodes are reused), so it is 0.5 only up to the sample's spread.
    assert.ok(Math.abs(mixed.share - 0.5) < 0.05, `share ${mixed.share}`);
    assert.equal(probe.properties.find((p) => p.key === "tags")?.types[0], "list");
    const odd = batched.relationshipTypes.find((t) => t.name === "ODD `TYPE` NAME")!;
    assert.ok(odd.count > 0 && odd.pairs.length > 0);
    assert.ok(odd.properties.some((p) => p.key === "note" && p.meanLength !== undefined && p.meanLength > 5));
  });

  it("the same when only a sample of each label and type is read", async () => {
    const { batched, perLabel } = await bothWays(7);
    assert.equal(batched.sampled, true);
    assert.deepEqual(batched, perLabel);
  });
});

describe("afterwards", () => {
  it("the generated labels and types are gone from the schema other tests see", async () => {
    await remove();
    const counts = await schemaCounts(ctx);
    const left = [...counts.labels, ...counts.relationshipTypes].filter((c) =>
      /Probe|Gen|GEN|dash-label|Odd|ODD/.test(c.name),
    );
    assert.deepEqual(left, []);
  });
});

describe("search", () => {
  it("the API's search through the article's index answers while discovery has not finished", async () => {
    let asked = 0;
    const handlers = exploreHandlers({
      read: ctx,
      limits: { maxNodes: 100, timeoutMs: 60_000, pathBudgetMs: null },
      savedQueries: [],
      adhoc: createAdhocSlots({ driver, database: database(), limit: 1 }),
      schema: createSchemaCache(ctx),
      // A discovery that never ends: before, every search awaited it.
      perspective: {
        get: () => {
          asked++;
          return new Promise<never>(() => {});
        },
      },
    });
    const found = await handlers.search({
      query: SearchQuerySchema.parse({ q: "jack ma", limit: "5" }),
      request: {} as FastifyRequest,
    } as Parameters<typeof handlers.search>[0]);
    assert.equal(found.hits[0]?.key, "jack-ma");
    assert.equal(asked, 0);
  });
});

// The relationship count a path search's budget depends on is kept by the schema cache for the database version:
// unchanged while the version stays, recounted at once when a load or write bumps it.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import type { Driver } from "neo4j-driver";
import { testConnection, testDriver } from "../../support/db.ts";
import { createSchemaCache } from "../../../src/server/explore/schema-cache.ts";
import { bumpDbVersion } from "../../../src/server/answer-cache/db-version.ts";

const LABEL = "RelationshipCountProbe";
let driver: Driver;
const database = () => testConnection().database;
const count = async () =>
  Number(
    (await driver.executeQuery("MATCH ()-[r]->() RETURN count(r) AS n", {}, { database: database() })).records[0]!.get(
      "n",
    ),
  );

before(async () => {
  driver = testDriver();
  await driver.executeQuery(`MATCH (n:${LABEL}) DETACH DELETE n`, {}, { database: database() });
});

after(async () => {
  await driver.executeQuery(`MATCH (n:${LABEL}) DETACH DELETE n`, {}, { database: database() });
  await bumpDbVersion(driver, database());
  await driver.close();
});

test("the count is kept for the database version, and recounted when the version changes", async () => {
  await bumpDbVersion(driver, database());
  const cache = createSchemaCache({ driver, database: database(), timeoutMs: 30_000 });
  const before = await cache.relationshipCount();
  assert.equal(before, await count());
  // Written behind the explorer's back, without a bump: the kept count stands (what the version promises).
  await driver.executeQuery(
    `CREATE (:${LABEL})-[:PROBE_COUNT]->(:${LABEL})-[:PROBE_COUNT]->(:${LABEL})`,
    {},
    { database: database() },
  );
  assert.equal(await cache.relationshipCount(), before);
  await bumpDbVersion(driver, database());
  assert.equal(await cache.relationshipCount(), before + 2);
  assert.equal(await cache.relationshipCount(), await count());
});

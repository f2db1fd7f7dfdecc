// The seed loader against a real Neo4j: exact error positions, whole-file rollback, third-party scripts, idempotent MERGE.
// The database is shared with the article graph: only Fixture* labels are created here, and all of them are removed again.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Driver } from "neo4j-driver";
import { SeedError, seedFiles, seedSources, type FileReport } from "../../src/seed/index.ts";
import { testConnection, testDriver } from "../support/db.ts";

const root = new URL("../../", import.meta.url).pathname;
const fixture = (name: string) => join(root, "test/fixtures", name);
const LABELS = ["FixtureBroken", "FixtureMovie", "FixtureActor", "FixtureGenre", "FixtureMergeItem"];

let driver: Driver;
const database = testConnection().database;

async function query(cypher: string, params: Record<string, unknown> = {}) {
  return driver.executeQuery(cypher, params, { database });
}

async function count(cypher: string): Promise<number> {
  const { records } = await query(cypher);
  return Number(records[0]?.get(0));
}

async function cleanUp(): Promise<void> {
  await query("MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels) DETACH DELETE n", { labels: LABELS });
  await query("DROP CONSTRAINT fixture_movie_title IF EXISTS");
}

/** Sorted keys make the JSON, and so the hash, independent of the order Neo4j returns map entries in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

async function snapshot(): Promise<{ nodes: number; relationships: number; checksum: string }> {
  const nodes = await query(
    "MATCH (n) WITH n ORDER BY elementId(n) RETURN collect([elementId(n), labels(n), properties(n)]) AS all",
  );
  const rels = await query(
    "MATCH (a)-[r]->(b) WITH a, r, b ORDER BY elementId(r) RETURN collect([elementId(r), elementId(a), type(r), elementId(b), properties(r)]) AS all",
  );
  const n: unknown[] = nodes.records[0]?.get("all") ?? [];
  const r: unknown[] = rels.records[0]?.get("all") ?? [];
  return {
    nodes: n.length,
    relationships: r.length,
    checksum: createHash("sha256")
      .update(canonical([n, r]))
      .digest("hex"),
  };
}

async function rejectsWithSeedError(promise: Promise<unknown>): Promise<SeedError> {
  try {
    await promise;
  } catch (err) {
    assert.ok(err instanceof SeedError, `expected a SeedError, got ${String(err)}`);
    return err;
  }
  assert.fail("the seed was expected to fail");
}

describe("seed loader (real Neo4j)", () => {
  before(async () => {
    driver = testDriver();
    await cleanUp();
  });

  after(async () => {
    await cleanUp();
    await driver.close();
  });

  it("reports a syntax error at its file:line:column and leaves the database exactly as it was", async () => {
    const before = await snapshot();
    const err = await rejectsWithSeedError(
      seedFiles(driver, database, [fixture("broken-seed.cypher")], { relativeTo: root }),
    );
    const lines = err.message.split("\n");
    assert.match(lines[0] ?? "", /^test\/fixtures\/broken-seed\.cypher:12:3: Invalid input 'RETRUN'/);
    assert.deepEqual(lines.slice(-2), ["  RETRUN c;", "  ^"]);
    assert.equal(err.failure.neo4jCode, "Neo.ClientError.Statement.SyntaxError");
    assert.equal(err.failure.phase, "check");
    assert.deepEqual(err.failure.schemaCommitted, []);
    assert.deepEqual(await snapshot(), before);
    assert.equal(await count("MATCH (n:FixtureBroken) RETURN count(n)"), 0);
  });

  it("maps a position on a statement that starts mid-line, in a CRLF file", async () => {
    const source =
      "CREATE (:FixtureBroken {n: 1});\r\nCREATE (:FixtureBroken {n: 2}); MATCH (n:FixtureBroken)\r\n  RETURN m;\r\n";
    const err = await rejectsWithSeedError(seedSources(driver, database, [{ file: "inline.cypher", source }]));
    assert.match(err.message, /^inline\.cypher:3:10: Variable `m` not defined\n  RETURN m;\n {9}\^$/);
    assert.equal(await count("MATCH (n:FixtureBroken) RETURN count(n)"), 0);
  });

  it("loads nothing when a later file fails: the earlier files' data is rolled back with it", async () => {
    const before = await snapshot();
    const loaded: FileReport[] = [];
    const files = [fixture("merge-seed.cypher"), fixture("broken-seed.cypher")];
    const err = await rejectsWithSeedError(
      seedFiles(driver, database, files, { relativeTo: root, onFile: (r) => loaded.push(r) }),
    );
    assert.equal(err.failure.file, "test/fixtures/broken-seed.cypher");
    assert.deepEqual(loaded, [], "no file is reported loaded");
    assert.deepEqual(await snapshot(), before);
  });

  it("leaves the same counts when a MERGE-based file is loaded twice", async () => {
    const counts = async () => [
      await count("MATCH (n:FixtureMergeItem) RETURN count(n)"),
      await count("MATCH (:FixtureMergeItem)-[r]->() RETURN count(r)"),
    ];
    await seedFiles(driver, database, [fixture("merge-seed.cypher")]);
    const first = await counts();
    const again = await seedFiles(driver, database, [fixture("merge-seed.cypher")]);
    assert.deepEqual(await counts(), first);
    assert.deepEqual(first, [3, 2]);
    const c = again.files[0]?.counters;
    assert.deepEqual([c?.nodesCreated, c?.relationshipsCreated], [0, 0]);
    assert.equal(again.files[0]?.statements, 5);
  });

  it("loads a third-party-style script: long CREATE with bound variables, UNWIND list, comments, constraint", async () => {
    const report = await seedFiles(driver, database, [fixture("movies-style.cypher")], { relativeTo: root });
    const file = report.files[0];
    assert.ok(file);
    assert.equal(file.file, "test/fixtures/movies-style.cypher");
    assert.equal(file.statements, 3);
    assert.equal(file.schemaStatements, 1);
    assert.equal(file.counters.constraintsAdded, 1);
    assert.equal(file.counters.nodesCreated, 29);
    assert.equal(file.counters.labelsAdded, 29);
    assert.equal(file.counters.relationshipsCreated, 36);
    const properties = await count(
      `MATCH (n) WHERE n:FixtureMovie OR n:FixtureActor OR n:FixtureGenre
       OPTIONAL MATCH (n)-[r]->() WITH n, sum(size(keys(r))) AS relProps
       RETURN sum(size(keys(n)) + relProps)`,
    );
    assert.equal(file.counters.propertiesSet, properties);
    assert.ok(file.elapsedMs >= 0);

    assert.equal(await count("MATCH (n:FixtureMovie) RETURN count(n)"), 5);
    assert.equal(await count("MATCH (n:FixtureActor) RETURN count(n)"), 18);
    assert.equal(await count("MATCH (n:FixtureGenre) RETURN count(n)"), 6);
    assert.equal(await count("MATCH (:FixtureActor)-[r:ACTED_IN]->(:FixtureMovie) RETURN count(r)"), 16);
    assert.equal(await count("MATCH (:FixtureMovie)-[r:IN_GENRE]->(:FixtureGenre) RETURN count(r)"), 9);
    assert.equal(await count("MATCH (:FixtureActor {name: 'Keanu Reeves'})-[r:ACTED_IN]->() RETURN count(r)"), 3);
    const { records } = await query(
      "MATCH (m:FixtureMovie {title: 'Spirited Away'}) RETURN m.title_ja AS ja, m.tagline AS tagline",
    );
    assert.equal(records[0]?.get("ja"), "千と千尋の神隠し");
    assert.match(String(records[0]?.get("tagline")), /；「千尋」/);
    assert.equal(await count(`MATCH (m:FixtureMovie {title: "The Devil's Advocate"}) RETURN count(m)`), 1);
    assert.equal(await count("SHOW CONSTRAINTS YIELD name WHERE name = 'fixture_movie_title' RETURN count(*)"), 1);
  });

  it("reports a runtime error without a position at the statement's start, and rolls the data back", async () => {
    // The movies are loaded by the previous test, so the unique title constraint rejects the second load.
    const before = await snapshot();
    const err = await rejectsWithSeedError(
      seedFiles(driver, database, [fixture("movies-style.cypher")], { relativeTo: root }),
    );
    assert.match(err.message, /^test\/fixtures\/movies-style\.cypher:12:1: .*already exists with label `FixtureMovie`/);
    assert.equal(err.failure.neo4jCode, "Neo.ClientError.Schema.ConstraintValidationFailed");
    // The constraint statement ran on its own before the data, as Neo4j requires; it already existed, so nothing to undo.
    assert.deepEqual(
      [err.failure.phase, err.failure.schemaCommitted],
      ["data", ["test/fixtures/movies-style.cypher:9"]],
    );
    assert.deepEqual(err.failure.undone, []);
    assert.deepEqual(await snapshot(), before);
  });
});

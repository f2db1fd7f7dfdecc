// The load-time quote check against the real Neo4j: a wrong quote stops the load with file:line and the nearest
// passage before anything is written; a right one loads, and the text and each quote's places are kept.
// The database is shared with the article graph: only FixtureQuote nodes and the fixture's text node are made here.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Driver } from "neo4j-driver";
import { SeedError, seedFiles } from "../../src/seed/index.ts";
import { testConnection, testDriver } from "../support/db.ts";
import { dbChecksum } from "../support/checksum.ts";

const database = testConnection().database;
const dir = mkdtempSync(join(tmpdir(), "source-quotes-"));
// Clearly a fixture, not news: a made-up two-sentence text.
const TEXT =
  "これはテスト用の文章です。\n架空の会社フィクスチャ社は、架空の製品テスト号を発表した。テスト号は好評だった。\n";
let driver: Driver;

const query = (cypher: string, params: Record<string, unknown> = {}) =>
  driver.executeQuery(cypher, params, { database });

function script(quote: string): string {
  const path = join(dir, "10-fixture.cypher");
  writeFileSync(
    path,
    [
      "// A fixture graph with a source text beside it.",
      "CREATE (:FixtureQuote {id: 'fixture-source'});",
      "CREATE (a:FixtureQuote {id: 'fixture-co'}), (b:FixtureQuote {id: 'fixture-product'})",
      `CREATE (a)-[:ANNOUNCED {quote: '${quote}', source: 'fixture-quote-source'}]->(b);`,
      "",
    ].join("\n"),
  );
  return path;
}

before(() => {
  driver = testDriver();
  mkdirSync(join(dir, "sources"));
  writeFileSync(join(dir, "sources", "fixture-quote-source.ja.txt"), TEXT);
});

after(async () => {
  await query("MATCH (n:FixtureQuote) DETACH DELETE n");
  await query("MATCH (m:ExplorerMeta {key: 'source-text:fixture-quote-source'}) DELETE m");
  await driver.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("the load-time quote check", () => {
  it("refuses a quote not in the source with file:line:column and the nearest passage, writing nothing", async () => {
    const file = script("架空の製品テスト号を発売した");
    const before = await dbChecksum(driver, database);
    await assert.rejects(
      () => seedFiles(driver, database, [file], { relativeTo: dir }),
      (err: unknown) => {
        assert.ok(err instanceof SeedError, String(err));
        assert.equal(err.failure.file, "10-fixture.cypher");
        assert.equal(err.failure.line, 4);
        assert.match(
          err.message,
          /^10-fixture\.cypher:4:32: quote not found verbatim in sources\/fixture-quote-source\.ja\.txt/,
        );
        assert.match(
          err.message,
          /nearest passage, sources\/fixture-quote-source\.ja\.txt:2:\d+ \(1 character differs\): «架空の製品テスト号を発表した»/,
        );
        return true;
      },
    );
    assert.deepEqual(await dbChecksum(driver, database), before, "the database is exactly as before");
  });

  it("loads verbatim quotes and stores the text and every place of each quote", async () => {
    const quote = "テスト号";
    await seedFiles(driver, database, [script(quote)], { relativeTo: dir });
    const { records } = await query("MATCH (:FixtureQuote)-[r:ANNOUNCED]->(:FixtureQuote) RETURN r.quote_at AS at");
    const at = (records[0]?.get("at") as unknown[]).map(Number);
    const expected: number[] = [];
    for (let i = TEXT.indexOf(quote); i !== -1; i = TEXT.indexOf(quote, i + 1)) expected.push(i);
    assert.equal(expected.length, 2);
    assert.deepEqual(at, expected);
    const text = await query("MATCH (m:ExplorerMeta {key: 'source-text:fixture-quote-source'}) RETURN m.text AS text");
    assert.equal(text.records[0]?.get("text"), TEXT);
  });

  it("stores texts in the load's transaction: when storing a text fails, the scripts' data is not kept either", async () => {
    const stored = () =>
      query("MATCH (m:ExplorerMeta {key: 'source-text:fixture-quote-source'}) RETURN m.text AS text").then(
        (r) => r.records[0]?.get("text") as string | undefined,
      );
    assert.equal(await stored(), TEXT, "the previous test stored the text");
    const changed = TEXT + "追記: テスト号は完売した。\n";
    // Storing the changed text breaks a uniqueness rule, after every script statement has run without error.
    await query("CREATE CONSTRAINT fixture_meta_text IF NOT EXISTS FOR (m:ExplorerMeta) REQUIRE m.text IS UNIQUE");
    await query("CREATE (:ExplorerMeta {key: 'fixture-clash', text: $changed})", { changed });
    writeFileSync(join(dir, "sources", "fixture-quote-source.ja.txt"), changed);
    try {
      const file = script("テスト号は完売");
      const before = await dbChecksum(driver, database);
      await assert.rejects(
        () => seedFiles(driver, database, [file], { relativeTo: dir }),
        /fixture_meta_text|already exists/,
      );
      assert.deepEqual(await dbChecksum(driver, database), before, "the database is exactly as before");
      assert.equal(await stored(), TEXT, "the old text is still the stored one");
    } finally {
      writeFileSync(join(dir, "sources", "fixture-quote-source.ja.txt"), TEXT);
      await query("MATCH (m:ExplorerMeta {key: 'fixture-clash'}) DELETE m");
      await query("DROP CONSTRAINT fixture_meta_text IF EXISTS");
    }
  });
});

// Search on graphs of other shapes: each fixture folder is loaded into a private Neo4j through the `--graph` code path
// (readGraphFolder + loadGraphFolder, which also makes explorer_names), then searched through the API; without the
// index, search falls back to a bounded scan and says so. One private Neo4j for the file, reset between fixtures.
import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Driver } from "neo4j-driver";
import { privateNeo4j } from "../../support/private-neo4j.ts";
import { apiClient, encode } from "../../support/api-client.ts";
import { createDriver } from "../../../src/server/db/driver.ts";
import type { Connection } from "../../../src/server/db/connection.ts";
import { startExplorer, type RunningExplorer } from "../../../src/server/run.ts";
import { loadGraphFolder, readGraphFolder, type GraphFolder } from "../../../src/seed/index.ts";
import { SavedQueryListSchema, SearchResponseSchema, type SearchResponse } from "../../../src/shared/index.ts";

const root = new URL("../../../", import.meta.url).pathname;
const neo4j = privateNeo4j("search-any-graph", 7747);
let conn: Connection;
let driver: Driver;
let explorer: RunningExplorer | undefined;
const api = apiClient(() => explorer!.url);

before(async () => {
  conn = await neo4j.start();
  driver = createDriver(conn);
});

after(async () => {
  await explorer?.close();
  await driver?.close();
  await neo4j.destroy();
});

/** Loads a fixture folder as `npm start -- --graph DIR` does (a fresh load: empty database, schema included). */
async function open(name: string): Promise<GraphFolder> {
  await explorer?.close();
  explorer = undefined;
  const folder = await readGraphFolder(join(root, "test/fixtures/graphs", name));
  await loadGraphFolder(conn, folder, { force: true, log: () => {} });
  explorer = await startExplorer({
    connection: conn,
    port: 0,
    queriesDir: folder.queriesDir ?? null,
    graphDir: folder.dir,
  });
  return folder;
}

async function search(q: string): Promise<SearchResponse> {
  const answer = await api.get(`/api/search?${encode({ q, limit: "10" })}`);
  assert.equal(answer.status, 200, `search '${q}': ${answer.text.slice(0, 300)}`);
  return SearchResponseSchema.parse(answer.json);
}

async function savedQueryNames(): Promise<string[]> {
  const answer = await api.get("/api/queries");
  assert.equal(answer.status, 200, answer.text);
  return SavedQueryListSchema.parse(answer.json).queries.map((q) => q.name);
}

/** The first hit's caption and label, and that its key opens it (element id: these graphs have no slugs). */
function assertFound(response: SearchResponse, name: string, label: string): void {
  const hit = response.hits.find((h) => h.name === name);
  assert.ok(hit, `'${response.query}' should find ${name}; got ${response.hits.map((h) => h.name).join(", ")}`);
  assert.equal(hit.label, label);
  assert.equal(hit.key, hit.node.id);
  assert.equal(response.hits[0]?.name, name, `'${response.query}': ${name} should rank first`);
}

async function dropIndex(): Promise<void> {
  await driver.executeQuery("DROP INDEX explorer_names IF EXISTS", {}, { database: conn.database });
}

describe("search on any graph (private Neo4j)", () => {
  it("people-works: captions name and title are indexed; Latin queries, prefixes and typos find them", async () => {
    await open("people-works");
    const full = await search("The Dispossessed");
    assert.equal(full.mode, "index");
    assert.equal(full.note, undefined);
    assertFound(full, "The Dispossessed", "Book");
    assertFound(await search("wizard"), "A Wizard of Earthsea", "Book");
    assertFound(await search("Miyaz"), "Goro Miyazaki", "Person");
    assertFound(await search("Tolkein"), "J. R. R. Tolkien", "Person");
    const films = await search("Totoro");
    assertFound(films, "My Neighbor Totoro", "Film");
    assert.equal(films.hits[0]?.matched, "My Neighbor Totoro");
    // Every hit carries a readable name, never an element id.
    for (const hit of (await search("the")).hits) assert.ok(!hit.name.includes(":"), hit.name);
  });

  it("people-works: its own saved queries are served, not the article's", async () => {
    assert.deepEqual(await savedQueryNames(), ["works-of"]);
  });

  it("people-works without the index: a bounded scan answers, and says so", async () => {
    await dropIndex();
    const response = await search("Earthsea");
    assert.equal(response.mode, "scan");
    assert.match(response.note ?? "", /npm run index/);
    assert.deepEqual(response.hits.map((h) => h.name).sort(), ["A Wizard of Earthsea", "Tales from Earthsea"]);
    // Lucene syntax and odd characters are plain text to the scan: never a 500 or a raw Cypher error.
    for (const q of ['"(', "a:b OR *", "\\", "ジョン AND"]) {
      const answer = await api.get(`/api/search?${encode({ q })}`);
      assert.equal(answer.status, 200, `${q}: ${answer.text.slice(0, 200)}`);
    }
  });

  it("transit-integers: two-label nodes and string captions are found; the number-only label is left out", async () => {
    const folder = await open("transit-integers");
    const response = await search("Market");
    assert.equal(response.mode, "index");
    assertFound(response, "Market Square", "Interchange");
    assertFound(await search("river"), "Riverside", "Interchange");
    assertFound(await search("Airport"), "Airport", "Station");
    const { records } = await driver.executeQuery(
      "SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties WHERE name = 'explorer_names' RETURN *",
      {},
      { database: conn.database },
    );
    assert.deepEqual(records[0]?.get("labelsOrTypes"), ["Interchange", "Station"]);
    assert.deepEqual(records[0]?.get("properties"), ["label"]);
    assert.deepEqual(await savedQueryNames(), ["busiest-interchanges"]);
    assert.ok(folder.queriesDir);
    // A second start with unchanged scripts loads nothing, and finds the index up to date.
    const lines: string[] = [];
    const again = await loadGraphFolder(conn, folder, { force: false, log: (l) => lines.push(l) });
    assert.equal(again.skipped, true);
    assert.equal(lines.length, 1, lines.join("\n"));
    assert.match(lines[0] ?? "", /^Search index explorer_names is up to date: .*Interchange \(label\)/);
  });

  it("cjk-literature: Japanese and Chinese captions are found by whole names and parts", async () => {
    const folder = await open("cjk-literature");
    assert.equal(folder.queriesDir, undefined);
    assertFound(await search("夏目漱石"), "夏目漱石", "Author");
    assertFound(await search("漱石"), "夏目漱石", "Author");
    assertFound(await search("こころ"), "こころ", "Work");
    assertFound(await search("ノルウェイ"), "ノルウェイの森", "Work");
    assertFound(await search("鲁迅"), "鲁迅", "Author");
    assertFound(await search("狂人日记"), "狂人日记", "Work");
    assertFound(await search("阿Q"), "阿Q正传", "Work");
    // No queries/ folder: no saved queries at all (the article's are not shown for another graph).
    assert.deepEqual(await savedQueryNames(), []);
  });

  it("cjk-literature without the index: the scan finds the same captions", async () => {
    await dropIndex();
    const response = await search("漱石");
    assert.equal(response.mode, "scan");
    assertFound(response, "夏目漱石", "Author");
    assertFound(await search("倾城"), "倾城之恋", "Work");
  });
});

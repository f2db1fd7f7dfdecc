// The article graph as loaded into the real Neo4j: documented counts, idempotent loading, the chain, provenance, search.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { testDriver, testConnection } from "../support/db.ts";
import { loadArticleGraph } from "../../src/seed/index.ts";

const root = new URL("../../", import.meta.url).pathname;
const article = readFileSync(new URL("../../../shared/seed/alibaba-ai-pivot.ja.txt", import.meta.url), "utf8");
const driver = testDriver();
const { database } = testConnection();
after(() => driver.close());

const query = async (cypher: string, params: Record<string, unknown> = {}) => (await driver.executeQuery(cypher, params, { database })).records;

/** The `## Counts` table of graph/README.md: the documentation the tests hold the database to. */
function documentedCounts(): { labels: Map<string, number>; relationships: number } {
  const section = readFileSync(`${root}/graph/README.md`, "utf8").split("## Counts")[1] ?? "";
  const labels = new Map([...section.matchAll(/^\|\s*(\w+)\s*\|\s*(\d+)\s*\|$/gm)].map((m) => [m[1]!, Number(m[2])]));
  const relationships = Number(/^Relationships:\s*(\d+)/m.exec(section)?.[1]);
  return { labels, relationships };
}

async function snapshot() {
  const [labels] = await query("CALL db.labels() YIELD label CALL (label) { MATCH (n) WHERE label IN labels(n) RETURN count(n) AS c } RETURN collect([label, c]) AS counts");
  const [rels] = await query("MATCH ()-[r]->() RETURN count(r) AS c, sum(size(keys(r))) AS props");
  const [props] = await query("MATCH (n) RETURN sum(size(keys(n))) AS props");
  return { labels: labels!.get("counts").map(([l, c]: [string, { toNumber(): number }]) => [l, c.toNumber()]).sort(), rels: rels!.get("c").toNumber(), relProps: rels!.get("props").toNumber(), nodeProps: props!.get("props").toNumber() };
}

test("node counts per label and the relationship count are as graph/README.md documents", async () => {
  const documented = documentedCounts();
  assert.ok(documented.labels.size >= 10, "the README lists every label");
  const actual = new Map((await snapshot()).labels as [string, number][]);
  for (const [label, count] of documented.labels) assert.equal(actual.get(label) ?? 0, count, `:${label}`);
  assert.equal((await snapshot()).rels, documented.relationships);
  assert.ok(documented.labels.get("Entity")! >= 40 && documented.relationships >= 60, "40+ entities and 60+ relationships");
});

test("loading the scripts a second time changes nothing", async () => {
  const before = await snapshot();
  const report = await loadArticleGraph(testConnection(), { root, reset: false, log: () => {} });
  const created = report.files.reduce((n, f) => n + f.counters.nodesCreated + f.counters.relationshipsCreated, 0);
  assert.equal(created, 0);
  assert.deepEqual(await snapshot(), before);
});

test("the chain Jack Ma → Joe Tsai → Eddie Wu → Qwen → Apple exists, each hop quoted", async () => {
  const records = await query(
    `MATCH (:Entity {id:'jack-ma'})-[a]->(:Entity {id:'joe-tsai'})-[b]->(:Entity {id:'eddie-wu'})-[c]->(:Entity {id:'qwen'})-[d]->(:Entity {id:'apple'})
     RETURN [a.quote, b.quote, c.quote, d.quote] AS quotes LIMIT 1`,
  );
  assert.equal(records.length, 1, "the four direct hops exist");
  for (const quote of records[0]!.get("quotes") as string[]) assert.ok(quote && article.replace(/\s+/g, "").includes(quote.replace(/\s+/g, "")));
});

test("every relationship has a non-empty quote found in the article and names its source", async () => {
  const squashed = article.replace(/\s+/g, "");
  const records = await query("MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, b.id AS b, r.quote AS quote, r.source AS source");
  assert.ok(records.length >= 60);
  const [source] = await query("MATCH (s:Source) RETURN s.id AS id, s.url AS url");
  for (const r of records) {
    const where = `${r.get("a")}-[:${r.get("t")}]->${r.get("b")}`;
    const quote = r.get("quote");
    assert.ok(typeof quote === "string" && quote.trim().length > 0, `${where} has a quote`);
    assert.ok(squashed.includes(quote.replace(/\s+/g, "")), `${where}: quote not verbatim: ${quote}`);
    assert.equal(r.get("source"), source!.get("id"), `${where} names the article as its source`);
  }
  assert.match(source!.get("url"), /^https:\/\//);
});

test("full-text search finds Jack Ma from 馬雲, ジャック・マー and jack ma", async () => {
  for (const q of ["馬雲", "ジャック・マー", "jack ma"]) {
    const records = await query("CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node RETURN node.id AS id LIMIT 3", { q });
    assert.equal(records[0]?.get("id"), "jack-ma", `query ${q}`);
  }
});

// The offline engine answers like the API, on the real exported article graph.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { parseSnapshot } from "../../../src/shared/index.ts";
import { createOfflineEngine, tokenize, type OfflineEngine } from "../../../src/client/lib/offline/index.ts";

// A snapshot of the article graph built from the seed scripts' data as the export writes it (test/fixtures).
const fixture = new URL("../../fixtures/article-snapshot.json", import.meta.url).pathname;
let engine: OfflineEngine;
before(() => {
  assert.ok(existsSync(fixture), `${fixture} is missing: regenerate with npm run export and copy snapshot.json there`);
  engine = createOfflineEngine(parseSnapshot(JSON.parse(readFileSync(fixture, "utf8"))));
});

test("tokenize keeps Latin words and splits CJK runs into bigrams", () => {
  assert.deepEqual(tokenize("Jack Ma"), ["jack", "ma"]);
  assert.deepEqual(tokenize("ジャック・マー"), ["ジャ", "ャッ", "ック", "マー"]);
  assert.deepEqual(tokenize("馬雲"), ["馬雲"]);
});

test("search finds Jack Ma from 馬雲, ジャック・マー and jack ma, and by prefix and typo", async () => {
  for (const q of ["馬雲", "ジャック・マー", "jack ma", "Jack", "jak ma"]) {
    assert.equal((await engine.search({ q, limit: 5 })).hits[0]?.key, "jack-ma", q);
  }
  assert.equal((await engine.search({ q: "alibab", limit: 3 })).hits[0]?.key, "alibaba");
  assert.deepEqual((await engine.search({ q: "zzzzqqq", limit: 3 })).hits, []);
});

test("a remote search (the snapshot worker's) replaces the local index", async () => {
  const asked: string[] = [];
  const remote = createOfflineEngine(engine.snapshot, async (q) => {
    asked.push(q.q);
    return { query: q.q, hits: [] };
  });
  assert.deepEqual(await remote.search({ q: "馬雲", limit: 5 }), { query: "馬雲", hits: [] });
  assert.deepEqual(asked, ["馬雲"]);
});

test("neighbours page with a total like the API", () => {
  const first = engine.neighbors("alibaba", { direction: "both", limit: 5 });
  assert.equal(first.relationships.length, 5);
  let seen = 0;
  let cursor: string | null = null;
  do {
    const page = engine.neighbors("alibaba", { direction: "both", limit: 7, ...(cursor ? { cursor } : {}) });
    seen += page.relationships.length;
    cursor = page.nextCursor;
  } while (cursor);
  assert.equal(seen, first.total);
});

test("paths from Jack Ma to Apple include the four-hop chain, shortest first", () => {
  const res = engine.paths({ from: "jack-ma", to: "apple", maxHops: 6, k: 10, direction: "out" });
  const slug = new Map(res.nodes.map((n) => [n.id, n.properties.id]));
  const routes = res.paths.map((p) => p.nodes.map((id) => slug.get(id)).join(">"));
  assert.ok(routes.includes("jack-ma>joe-tsai>eddie-wu>qwen>apple"), routes.join("\n"));
  for (let i = 1; i < res.paths.length; i++) assert.ok(res.paths[i]!.length >= res.paths[i - 1]!.length);
});

test("node detail lists every relationship with its quote and the cited source", () => {
  const detail = engine.node("jack-ma");
  assert.equal(detail.node.properties.name, "Jack Ma");
  assert.ok(detail.relationships.every((r) => typeof r.relationship.properties.quote === "string"));
  assert.equal(detail.sources.length, 1);
  assert.throws(() => engine.node("nobody"), /No node with id 'nobody'/);
});

test("the fixture is current: it matches what the seed scripts hold", () => {
  // Guard against a stale fixture: the graph's documented relationship count is in graph/README.md.
  const documented = Number(
    /^Relationships:\s*(\d+)/m.exec(readFileSync(new URL("../../../graph/README.md", import.meta.url), "utf8"))?.[1],
  );
  assert.equal(engine.snapshot.relationships.length, documented);
});

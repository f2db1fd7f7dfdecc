// Search, neighbours, paths, schema, stats, ad-hoc Cypher and the OpenAPI document, against the real Neo4j.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { z } from "zod";
import { testConnection } from "../../support/db.ts";
import { startExplorer, type RunningExplorer } from "../../../src/server/run.ts";
import * as S from "../../../src/shared/index.ts";

let explorer: RunningExplorer;
before(async () => {
  explorer = await startExplorer({
    connection: testConnection(),
    host: "127.0.0.1",
    port: 0,
    timeoutMs: 1_500,
    maxNodes: 200,
  });
});
after(() => explorer.close());

const get = async (path: string) => {
  const res = await fetch(new URL(path, explorer.url));
  return { status: res.status, body: (await res.json()) as unknown };
};
const post = async (path: string, body: unknown) => {
  const res = await fetch(new URL(path, explorer.url), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as unknown };
};
const slug = (n: S.WireNode) => n.properties.id;

test("search finds Jack Ma first from Japanese, Chinese and English, and says what matched", async () => {
  for (const [q, matched] of [
    ["馬雲", "馬雲"],
    ["ジャック・マー", "ジャック・マー"],
    ["jack ma", "Jack Ma"],
    ["Jack", "Jack Ma"],
    ["jak", undefined],
  ] as const) {
    const { status, body } = await get(`/api/search?q=${encodeURIComponent(q)}`);
    assert.equal(status, 200);
    const res = S.SearchResponseSchema.parse(body);
    assert.equal(res.hits[0]?.key, "jack-ma", q);
    assert.equal(res.hits[0]?.label, "Person");
    if (matched) assert.equal(res.hits[0]?.matched, matched, q);
  }
});

test("search is prefix-aware, filters by label and limits", async () => {
  const res = S.SearchResponseSchema.parse((await get("/api/search?q=alibab&limit=3")).body);
  assert.equal(res.hits[0]?.key, "alibaba");
  assert.ok(res.hits.length <= 3);
  const companies = S.SearchResponseSchema.parse((await get("/api/search?q=ai&labels=Company&limit=20")).body);
  assert.ok(companies.hits.length > 0);
  assert.ok(companies.hits.every((h) => h.node.labels.includes("Company")));
});

test("Lucene syntax in q never reaches the engine unescaped", async () => {
  for (const q of ['a"b', "AND", "NOT OR", "(", "jack~", "*", "\\", "a:b", "title:[a TO z]", "/regex/", "&&||!"]) {
    const { status, body } = await get(`/api/search?q=${encodeURIComponent(q)}`);
    assert.equal(status, 200, `${q}: ${JSON.stringify(body)}`);
    S.SearchResponseSchema.parse(body);
  }
});

test("neighbours are paged with a total and a cursor, and filters apply", async () => {
  const first = S.NeighborsResponseSchema.parse((await get("/api/nodes/alibaba/neighbors?limit=5")).body);
  assert.ok(first.total > 5);
  assert.equal(first.relationships.length, 5);
  assert.ok(first.nextCursor);
  const second = S.NeighborsResponseSchema.parse(
    (await get(`/api/nodes/alibaba/neighbors?limit=5&cursor=${first.nextCursor}`)).body,
  );
  const ids = new Set(first.relationships.map((r) => r.id));
  assert.ok(
    second.relationships.every((r) => !ids.has(r.id)),
    "pages do not overlap",
  );
  let seen = 0;
  let cursor: string | null = null;
  do {
    const page = S.NeighborsResponseSchema.parse(
      (await get(`/api/nodes/alibaba/neighbors?limit=7${cursor ? `&cursor=${cursor}` : ""}`)).body,
    );
    seen += page.relationships.length;
    cursor = page.nextCursor;
  } while (cursor);
  assert.equal(seen, first.total, "all pages add up to the total");
  const out = S.NeighborsResponseSchema.parse(
    (await get("/api/nodes/alibaba/neighbors?direction=out&labels=Company&limit=100")).body,
  );
  for (const r of out.relationships) {
    assert.equal(r.start, out.center.id);
    assert.ok(out.nodes.find((n) => n.id === r.end)?.labels.includes("Company"));
    assert.equal(typeof r.properties.quote, "string");
  }
});

test("paths from Jack Ma to Apple include the Ma → Tsai → Wu → Qwen → Apple chain, hop by hop with quotes", async () => {
  const res = S.PathsResponseSchema.parse((await get("/api/paths?from=jack-ma&to=apple")).body);
  const byId = new Map(res.nodes.map((n) => [n.id, slug(n)]));
  const routes = res.paths.map((p) => p.nodes.map((id) => byId.get(id)).join(">"));
  assert.ok(routes.includes("jack-ma>joe-tsai>eddie-wu>qwen>apple"), routes.join("\n"));
  for (let i = 1; i < res.paths.length; i++)
    assert.ok(res.paths[i]!.length >= res.paths[i - 1]!.length, "shortest first");
  for (const p of res.paths) for (const hop of p.hops) assert.ok(String(hop.relationship.properties.quote).length > 0);
  assert.equal(new Set(routes).size, routes.length, "distinct routes");
});

test("paths: unknown endpoints are 404, bad bounds are 400", async () => {
  assert.equal((await get("/api/paths?from=jack-ma&to=nobody")).status, 404);
  assert.equal((await get("/api/paths?from=jack-ma&to=apple&maxHops=99")).status, 400);
  assert.equal((await get("/api/paths?from=jack-ma")).status, 400);
});

test("schema and stats list labels and types with counts", async () => {
  const schema = S.SchemaResponseSchema.parse((await get("/api/schema")).body);
  assert.ok(schema.labels.some((l) => l.name === "Person" && l.count === 3));
  assert.ok(schema.relationshipTypes.some((t) => t.name === "ADOPTED_BY"));
  assert.ok(schema.propertyKeys.includes("quote"));
  assert.ok(!schema.labels.some((l) => l.name === "ExplorerMeta"));
  const stats = S.StatsResponseSchema.parse((await get("/api/stats")).body);
  assert.equal(
    stats.relationships,
    stats.relationshipTypes.reduce((n, t) => n + t.count, 0),
  );
});

test("ad-hoc Cypher returns rows, columns and the graph; writes are refused with 403", async () => {
  const ok = await post("/api/cypher", {
    query: "MATCH (p:Person)-[r]->(o) WHERE p.id = $id RETURN p, r, o.name AS other",
    params: { id: "jack-ma" },
  });
  assert.equal(ok.status, 200);
  const res = S.GraphPayloadSchema.parse(ok.body);
  assert.deepEqual(res.columns, ["p", "r", "other"]);
  assert.ok(res.rows!.length > 0 && res.relationships.length === res.rows!.length);
  for (const query of [
    "CREATE (n:X)",
    "MATCH (n) DETACH DELETE n",
    "CREATE INDEX x FOR (n:X) ON (n.y)",
    "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l",
  ]) {
    const { status, body } = await post("/api/cypher", { query });
    assert.equal(status, 403, query);
    assert.equal(S.ApiErrorSchema.parse(body).error, "forbidden");
  }
});

test("syntax errors carry Neo4j's message with line and column", async () => {
  const { status, body } = await post("/api/cypher", { query: "MATCH (n)\nRETURN n LIMT 5" });
  assert.equal(status, 400);
  const err = S.ApiErrorSchema.parse(body);
  assert.equal(err.error, "cypher_error");
  assert.deepEqual((err.details as { position: { line: number } }).position.line, 2);
});

test("results are capped and timeouts reported in the summary, not as crashes", async () => {
  const capped = S.GraphPayloadSchema.parse(
    (await post("/api/cypher", { query: "UNWIND range(1, 1000000) AS x RETURN x" })).body,
  );
  assert.equal(capped.summary.capped, true);
  assert.equal(capped.rows!.length, 200);
  const slow = await post("/api/cypher", {
    query: "UNWIND range(1, 100000) AS x UNWIND range(1, 100000) AS y WITH x, y WHERE x + y < 0 RETURN count(x) AS c",
  });
  assert.equal(slow.status, 200);
  assert.equal(S.GraphPayloadSchema.parse(slow.body).summary.timedOut, true);
});

test("the OpenAPI document describes every route with its parameters", async () => {
  const { body } = await get("/api/openapi.json");
  const doc = body as { openapi: string; paths: Record<string, Record<string, { parameters: { name: string }[] }>> };
  assert.equal(doc.openapi, "3.1.0");
  for (const path of [
    "/api/search",
    "/api/nodes/{id}",
    "/api/nodes/{id}/neighbors",
    "/api/paths",
    "/api/schema",
    "/api/stats",
    "/api/cypher",
    "/api/health",
  ]) {
    assert.ok(doc.paths[path], path);
  }
  assert.deepEqual(doc.paths["/api/search"]!.get!.parameters.map((p) => p.name).sort(), ["labels", "limit", "q"]);
});

test("write mode is off by default; with a token it writes only for callers that present it", async () => {
  const refused = await post("/api/cypher", { query: "CREATE (n:WriteProbe) RETURN n", mode: "write" });
  assert.equal(refused.status, 403);
  assert.match(S.ApiErrorSchema.parse(refused.body).message, /write mode is off/);
  const token = "t0ken-for-tests-0123456789";
  const writer = await startExplorer({ connection: testConnection(), host: "127.0.0.1", port: 0, writeToken: token });
  const send = (auth: string | undefined) =>
    fetch(new URL("/api/cypher", writer.url), {
      method: "POST",
      headers: { "content-type": "application/json", ...(auth ? { authorization: auth } : {}) },
      body: JSON.stringify({ query: "CREATE (n:WriteProbe {at: $at}) RETURN n", params: { at: 1 }, mode: "write" }),
    });
  try {
    assert.equal((await send(undefined)).status, 401);
    assert.equal((await send("Bearer wrong-token-wrong-token-00")).status, 401);
    assert.equal((await send(`Bearer ${token}`)).status, 200);
    const count = S.GraphPayloadSchema.parse(
      (await post("/api/cypher", { query: "MATCH (n:WriteProbe) RETURN count(n) AS c" })).body,
    );
    assert.equal(count.rows![0]!.c, 1);
  } finally {
    await fetch(new URL("/api/cypher", writer.url), {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: "MATCH (n:WriteProbe) DELETE n", mode: "write" }),
    });
    await writer.close();
  }
});

test("saved queries are listed with their parameters and run with coerced parameters", async () => {
  const list = z.object({ queries: z.array(S.SavedQuerySchema) }).parse((await get("/api/queries")).body);
  assert.ok(list.queries.length >= 15);
  const withParam = list.queries.find((q) => q.params.length > 0)!;
  const run = await post(`/api/queries/${withParam.name}/run`, {
    params: Object.fromEntries(withParam.params.map((p) => [p.name, String(p.example)])),
  });
  assert.equal(run.status, 200, JSON.stringify(run.body));
  assert.ok(S.GraphPayloadSchema.parse(run.body).rows!.length > 0);
  const routes = S.GraphPayloadSchema.parse(
    (await post("/api/queries/routes-between/run", { params: { from: "jack-ma", to: "apple" } })).body,
  );
  assert.ok(routes.rows!.length > 0 && routes.relationships.length > 0);
  const missing = await post("/api/queries/no-such-query/run", {});
  assert.equal(missing.status, 404);
  const bad = await post(`/api/queries/${withParam.name}/run`, { params: { notAParam: 1 } });
  assert.equal(bad.status, 400);
  assert.match(S.ApiErrorSchema.parse(bad.body).message, /notAParam/);
});

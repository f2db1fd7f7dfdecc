// The explorer API over HTTP against the real seeded Neo4j.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { testConnection } from "../../support/db.ts";
import { startExplorer, type RunningExplorer } from "../../../src/server/run.ts";
import { GraphPayloadSchema, NodeDetailSchema, HealthSchema, ApiErrorSchema } from "../../../src/shared/index.ts";

let explorer: RunningExplorer;
before(async () => {
  explorer = await startExplorer({ connection: testConnection(), host: "127.0.0.1", port: 0 });
});
after(() => explorer.close());

const get = (path: string) => fetch(new URL(path, explorer.url));

test("GET /api/graph returns the article's entities and quoted relationships", async () => {
  const res = await get("/api/graph");
  assert.equal(res.status, 200);
  const graph = GraphPayloadSchema.parse(await res.json());
  assert.ok(graph.nodes.length >= 40, `expected 40+ entities, got ${graph.nodes.length}`);
  assert.ok(graph.relationships.length >= 60, `expected 60+ relationships, got ${graph.relationships.length}`);
  const ids = new Set(graph.nodes.map((n) => n.id));
  for (const r of graph.relationships) {
    assert.ok(ids.has(r.start) && ids.has(r.end), "relationship ends are in the payload");
    assert.equal(typeof r.properties.quote, "string");
  }
  assert.ok(graph.nodes.some((n) => n.properties.id === "jack-ma"));
  assert.equal(graph.summary.capped, false);
});

test("GET /api/graph?limit caps and says so", async () => {
  const graph = GraphPayloadSchema.parse(await (await get("/api/graph?limit=5")).json());
  assert.equal(graph.nodes.length, 5);
  assert.equal(graph.summary.capped, true);
});

test("GET /api/nodes/:id by slug and by element id gives the same node, its degree and quotes", async () => {
  const bySlug = NodeDetailSchema.parse(await (await get("/api/nodes/jack-ma")).json());
  assert.equal(bySlug.node.properties.name, "Jack Ma");
  const total = Object.values(bySlug.degree).reduce((a, b) => a + b, 0);
  assert.equal(total, bySlug.relationships.length);
  assert.ok(bySlug.relationships.every((r) => typeof r.relationship.properties.quote === "string"));
  assert.ok(bySlug.sources.some((s) => s.labels.includes("Source") && typeof s.properties.url === "string"));
  const byElementId = NodeDetailSchema.parse(
    await (await get(`/api/nodes/${encodeURIComponent(bySlug.node.id)}`)).json(),
  );
  assert.equal(byElementId.node.id, bySlug.node.id);
});

test("unknown ids are 404 with the JSON error shape", async () => {
  const res = await get("/api/nodes/no-such-entity");
  assert.equal(res.status, 404);
  const body = ApiErrorSchema.parse(await res.json());
  assert.equal(body.error, "not_found");
  assert.match(body.message, /no-such-entity/);
});

test("invalid parameters are 400 naming the field", async () => {
  for (const path of ["/api/graph?limit=abc", "/api/graph?limit=0", "/api/graph?bogus=1"]) {
    const res = await get(path);
    assert.equal(res.status, 400, path);
    const body = ApiErrorSchema.parse(await res.json());
    assert.equal(body.error, "invalid_parameters");
  }
});

test("GET /api/health reports Neo4j's version and edition", async () => {
  const health = HealthSchema.parse(await (await get("/api/health")).json());
  assert.equal(health.neo4j.reachable, true);
  assert.match(health.neo4j.version ?? "", /^5\./);
  assert.equal(health.neo4j.edition, "community");
});

test("no response contains the Neo4j password", async () => {
  const { password } = testConnection();
  for (const path of ["/api/graph", "/api/nodes/jack-ma", "/api/health", "/api/nodes/x", "/api/nope"]) {
    const text = await (await get(path)).text();
    assert.ok(!text.includes(password), path);
  }
});

// Names, not slugs, on the article: a node opens by its name in English, Japanese or Chinese, by its slug or by its
// element id; paths and saved queries take names too; an unknown name is a 404 with the closest names.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { testConnection } from "../../support/db.ts";
import { apiClient, assertClientError, encode } from "../../support/api-client.ts";
import { startExplorer, type RunningExplorer } from "../../../src/server/run.ts";
import { GraphPayloadSchema, NodeDetailSchema, PathsResponseSchema } from "../../../src/shared/index.ts";

let explorer: RunningExplorer;
const api = apiClient(() => explorer.url);
before(async () => {
  explorer = await startExplorer({ connection: testConnection(), host: "127.0.0.1", port: 0 });
});
after(() => explorer.close());

const open = async (id: string) => NodeDetailSchema.parse((await api.get(`/api/nodes/${encodeURIComponent(id)}`)).json);

test("Jack Ma opens by name in three languages, by slug and by element id", async () => {
  const bySlug = await open("jack-ma");
  for (const name of ["Jack Ma", "馬雲", "ジャック・マー", "JACK MA", "马云", bySlug.node.id]) {
    assert.equal((await open(name)).node.id, bySlug.node.id, name);
  }
  const neighbours = await api.get(`/api/nodes/${encodeURIComponent("馬雲")}/neighbors?limit=2`);
  assert.equal(neighbours.status, 200);
});

test("an unknown name is a 404 naming the closest names, with their keys", async () => {
  const error = assertClientError(await api.get(`/api/nodes/${encodeURIComponent("Jak Ma")}`), "Jak Ma", [404]);
  assert.equal(error.error, "not_found");
  assert.match(error.message, /^No node named 'Jak Ma'\. Did you mean: Jack Ma/);
  const { suggestions } = error.details as { suggestions: { key: string; name: string }[] };
  assert.ok(suggestions.length >= 1 && suggestions.length <= 5);
  assert.deepEqual(suggestions[0], { key: "jack-ma", name: "Jack Ma" });
});

test("paths between names are the paths between their slugs", async () => {
  const get = async (from: string, to: string) =>
    PathsResponseSchema.parse((await api.get(`/api/paths?${encode({ from, to, maxHops: "4" })}`)).json);
  const byName = await get("馬雲", "Apple");
  const bySlug = await get("jack-ma", "apple");
  assert.deepEqual(
    byName.paths.map((p) => p.nodes.join(">")),
    bySlug.paths.map((p) => p.nodes.join(">")),
  );
  assert.ok(byName.paths.length > 0);
  assertClientError(await api.get(`/api/paths?${encode({ from: "Jack Ma", to: "Nobody Anywhere" })}`), "to", [404]);
});

test("a saved query's entity parameter takes a name in any language and gives the slug's rows", async () => {
  const run = async (params: Record<string, unknown>) =>
    GraphPayloadSchema.parse((await api.post("/api/queries/routes-between/run", { params })).json).rows;
  const bySlug = await run({ from: "jack-ma", to: "apple" });
  assert.ok(bySlug!.length > 0);
  assert.deepEqual(await run({ from: "馬雲", to: "Apple" }), bySlug);
  assert.deepEqual(await run({ from: "ジャック・マー" }), bySlug);
  const miss = await api.post("/api/queries/routes-between/run", { params: { from: "Jak Ma" } });
  const error = assertClientError(miss, "Jak Ma", [404]);
  assert.match(error.message, /Did you mean: Jack Ma/);
});

test("the article's first view is unchanged: only entities, no totals", async () => {
  const graph = GraphPayloadSchema.parse((await api.get("/api/graph")).json);
  assert.ok(graph.nodes.every((n) => n.labels.includes("Entity")));
  assert.equal(graph.summary.total, undefined);
});

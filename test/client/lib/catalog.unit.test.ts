import { test } from "node:test";
import assert from "node:assert/strict";
import {
  addDetail,
  addPayload,
  addPayloadInSlices,
  CATALOG_SLICE,
  createCatalog,
  linkIdOf,
  relationshipsAmong,
  resolveKey,
} from "../../../src/client/lib/catalog/index.ts";
import { node, rel, samplePayload } from "../fixtures.ts";

test("payloads fill the catalog; slugs and elementIds both resolve", () => {
  const catalog = createCatalog();
  addPayload(catalog, samplePayload(), true);
  assert.equal(resolveKey(catalog, "jack-ma"), "e:1");
  assert.equal(resolveKey(catalog, "e:2"), "e:2");
  assert.equal(resolveKey(catalog, "nobody"), null);
  assert.equal(linkIdOf(catalog, "e:1"), "jack-ma");
  assert.equal(linkIdOf(catalog, "e:unknown"), "e:unknown");
  assert.ok(catalog.complete.has("e:1"));
});

test("relationships are drawn only when both ends are in view, parallel ones included", () => {
  const catalog = createCatalog();
  addPayload(catalog, samplePayload());
  assert.deepEqual(
    relationshipsAmong(catalog, new Set(["e:1", "e:2"]))
      .map((r) => r.id)
      .sort(),
    ["r:1", "r:2"],
  );
  assert.deepEqual(relationshipsAmong(catalog, new Set(["e:1", "e:3"])), []);
  assert.deepEqual(
    relationshipsAmong(catalog, new Set(["e:1", "e:2", "e:3"]))
      .map((r) => r.id)
      .sort(),
    ["r:1", "r:2", "r:3"],
  );
});

test("a node's detail makes it complete and teaches the catalog its neighbours", () => {
  const catalog = createCatalog();
  const apple = node("e:9", ["Company"], { id: "apple", name: "Apple" });
  const qwen = node("e:3", ["Model"], { id: "qwen" });
  addDetail(catalog, {
    node: apple,
    degree: { ADOPTED_BY: 1 },
    sources: [],
    relationships: [{ direction: "in", other: qwen, relationship: rel("r:7", "ADOPTED_BY", "e:3", "e:9") }],
  });
  assert.ok(catalog.complete.has("e:9"));
  assert.ok(!catalog.complete.has("e:3"));
  assert.equal(resolveKey(catalog, "qwen"), "e:3");
  assert.deepEqual(
    relationshipsAmong(catalog, new Set(["e:3", "e:9"])).map((r) => r.id),
    ["r:7"],
  );
});

test("a whole graph is indexed in slices, a yield before each, into the same catalog as addPayload gives", async () => {
  const nodes = Array.from({ length: 300 }, (_, i) => node(`e:${i}`, ["Entity", "Person"], { name: `P ${i}` }));
  const relationships = Array.from({ length: 2 * CATALOG_SLICE + 7 }, (_, i) =>
    rel(`r:${i}`, "KNOWS", `e:${i % 300}`, `e:${(i * 13 + 1) % 300}`),
  );
  const whole = createCatalog();
  addPayload(whole, { nodes, relationships }, true);
  const sliced = createCatalog();
  // What each yield finds: the catalog grows a slice at a time, and is marked complete only at the end.
  const seen: Array<{ relationships: number; complete: number }> = [];
  await addPayloadInSlices(sliced, { nodes, relationships }, true, async () => {
    seen.push({ relationships: sliced.relationships.size, complete: sliced.complete.size });
  });
  assert.deepEqual(seen, [
    { relationships: 0, complete: 0 },
    { relationships: 0, complete: 0 },
    { relationships: CATALOG_SLICE, complete: 0 },
    { relationships: 2 * CATALOG_SLICE, complete: 0 },
  ]);
  assert.deepEqual(sliced, whole);
});

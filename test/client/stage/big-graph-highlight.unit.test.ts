// Reducers in big-graph mode: no dimming, only edges around the focus drawn; the catalog's relationship lookups at size.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  DEFAULT_CANVAS_COLORS as colors,
  edgeDisplay,
  highlightContext,
  nodeDisplay,
} from "../../../src/client/stage/highlight/index.ts";
import { INITIAL_PREFERENCES } from "../../../src/client/core/preferences/index.ts";
import {
  addPayload,
  createCatalog,
  relationshipsAmong,
  relationshipsTouching,
} from "../../../src/client/lib/catalog/index.ts";
import { buildGraph, samplePayload } from "../fixtures.ts";

const payload = samplePayload();
const { graph } = buildGraph(payload);
const big = (selected: string | null, hovered: string | null = null) =>
  highlightContext(graph, { selected, hovered }, INITIAL_PREFERENCES, colors, { dimOthers: false, allEdges: false });
const edgesDrawn = (c: ReturnType<typeof big>) =>
  graph.filterEdges((key, attrs, s, t) => edgeDisplay(attrs, s, t, c, key).hidden !== true).sort();

test("with all edges off, none is drawn until a node is hovered or selected, then exactly its own", () => {
  assert.deepEqual(edgesDrawn(big(null)), []);
  assert.deepEqual(edgesDrawn(big("e:1")), graph.edges("e:1").sort());
  const both = [...new Set([...graph.edges("e:1"), ...graph.edges("e:2")])].sort();
  assert.deepEqual(edgesDrawn(big("e:1", "e:2")), both);
});

test("without dimming, nodes outside the focus keep their own colour", () => {
  const c = big("e:1");
  const outside = graph.filterNodes((key) => key !== "e:1" && !graph.areNeighbors("e:1", key));
  assert.ok(outside.length > 0);
  for (const key of outside)
    assert.equal(nodeDisplay(key, graph.getNodeAttributes(key), c).color, graph.getNodeAttribute(key, "color"));
  const dimmed = highlightContext(graph, { selected: "e:1", hovered: null }, INITIAL_PREFERENCES, colors);
  assert.equal(nodeDisplay(outside[0]!, graph.getNodeAttributes(outside[0]!), dimmed).color, colors.dimNode);
});

test("relationshipsTouching finds the newcomers' relationships into the view, and agrees with relationshipsAmong", () => {
  const catalog = createCatalog();
  addPayload(catalog, payload, true);
  const keys = new Set(payload.nodes.map((n) => n.id));
  const all = relationshipsAmong(catalog, keys)
    .map((r) => r.id)
    .sort();
  assert.deepEqual(
    relationshipsTouching(catalog, keys, keys)
      .map((r) => r.id)
      .sort(),
    all,
  );
  const touching = relationshipsTouching(catalog, ["e:1"], keys)
    .map((r) => r.id)
    .sort();
  assert.deepEqual(
    touching,
    payload.relationships
      .filter((r) => r.start === "e:1" || r.end === "e:1")
      .map((r) => r.id)
      .sort(),
  );
});

test("relationshipsAmong gives the same relationships when it scans a big catalog whole", () => {
  const catalog = createCatalog();
  const nodes = Array.from({ length: 3_000 }, (_, i) => ({ id: `n:${i}`, labels: ["Entity"], properties: {} }));
  const relationships = Array.from({ length: 12_000 }, (_, i) => ({
    id: `r:${i}`,
    type: "T",
    start: `n:${i % 3_000}`,
    end: `n:${(i * 7 + 1) % 3_000}`,
    properties: {},
  }));
  addPayload(catalog, { nodes, relationships }, true);
  const most = new Set(nodes.slice(0, 2_000).map((n) => n.id));
  const expected = relationships
    .filter((r) => most.has(r.start) && most.has(r.end))
    .map((r) => r.id)
    .sort();
  assert.deepEqual(
    relationshipsAmong(catalog, most)
      .map((r) => r.id)
      .sort(),
    expected,
  );
  assert.deepEqual(
    relationshipsTouching(catalog, most, most)
      .map((r) => r.id)
      .sort(),
    expected,
  );
});

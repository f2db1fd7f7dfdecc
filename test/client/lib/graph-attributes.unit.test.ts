// Data-graph attributes made from wire nodes and relationships (nodeAttributes, edgeAttributes), and key lookups.
import { test } from "node:test";
import assert from "node:assert/strict";
import { findNodeKey, toWireNode } from "../../../src/client/lib/graph/index.ts";
import { colorForCategory } from "../../../src/client/lib/appearance/index.ts";
import { buildGraph, samplePayload } from "../fixtures.ts";

test("nodes are keyed by elementId and carry names, slug, category and colour", () => {
  const { graph } = buildGraph(samplePayload());
  assert.equal(graph.order, 4);
  const jack = graph.getNodeAttributes("e:1");
  assert.equal(jack.slug, "jack-ma");
  assert.equal(jack.category, "Person");
  assert.equal(jack.color, colorForCategory("Person"));
  assert.equal(jack.label, "Jack Ma");
  assert.deepEqual(jack.names, { en: "Jack Ma", ja: "ジャック・マー", zh: "马云", title: null });
  assert.equal(graph.getNodeAttribute("e:3", "label"), "通義千問", "English label falls back to name_ja");
  assert.equal(graph.getNodeAttribute("e:4", "label"), "記事", "a Source node is labelled by its title");
});

test("relationships become directed edges keyed by id, parallel edges kept, type in relType", () => {
  const { graph } = buildGraph(samplePayload());
  assert.equal(graph.size, 3);
  assert.deepEqual(graph.extremities("r:1"), ["e:1", "e:2"]);
  assert.equal(graph.edges("e:1", "e:2").length, 2);
  const develops = graph.getEdgeAttributes("r:3");
  assert.equal(develops.relType, "DEVELOPS");
  assert.equal(develops.label, "DEVELOPS");
  assert.equal(develops.properties.year, 2024);
  assert.ok(!("type" in develops), "the edge program type is Sigma's, never the relationship type");
});

test("findNodeKey resolves slugs and elementIds; toWireNode round-trips", () => {
  const { graph } = buildGraph(samplePayload());
  assert.equal(findNodeKey(graph, "jack-ma"), "e:1");
  assert.equal(findNodeKey(graph, "e:2"), "e:2");
  assert.equal(findNodeKey(graph, "nobody"), null);
  assert.deepEqual(toWireNode(graph, "e:1"), samplePayload().nodes[0]);
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { applyLayout, DEFAULT_LAYOUT, labelWidth, normalizePositions } from "../../../src/client/lib/layout/index.ts";
import type { GraphPayload } from "../../../src/shared/index.ts";
import { buildGraph, node, rel, summary } from "../fixtures.ts";

/** A hub with 20 leaves plus a chain: the shape that piles leaves on top of each other if done badly. */
function starPayload(): GraphPayload {
  const nodes = [node("hub", ["Entity", "Company"], { name: "Alibaba Group" })];
  const relationships = [];
  for (let i = 0; i < 20; i++) {
    nodes.push(node(`n${i}`, ["Entity", "Product"], { name: `Leaf product number ${i}` }));
    relationships.push(rel(`r${i}`, "OWNS", "hub", `n${i}`));
  }
  for (let i = 1; i < 20; i += 2) relationships.push(rel(`c${i}`, "NEXT", `n${i - 1}`, `n${i}`));
  return { nodes, relationships, summary };
}

function positions(payload: GraphPayload) {
  const { graph } = buildGraph(payload);
  applyLayout(graph);
  return { graph, xy: graph.mapNodes((key, a) => [key, a.x, a.y] as const) };
}

test("the layout is deterministic and finite", () => {
  const a = positions(starPayload()).xy;
  const b = positions(starPayload()).xy;
  assert.deepEqual(a, b);
  for (const [, x, y] of a) assert.ok(Number.isFinite(x) && Number.isFinite(y));
});

test("no two node discs overlap after noverlap", () => {
  const { graph } = positions(starPayload());
  const list = graph.mapNodes((_, a) => a);
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const a = list[i]!,
        b = list[j]!;
      assert.ok(Math.hypot(a.x - b.x, a.y - b.y) >= a.size + b.size - 0.5, `nodes ${i} and ${j} overlap`);
    }
  }
});

test("labels do not overlap in the reference viewport", () => {
  const { graph } = positions(starPayload());
  let minX = Infinity,
    maxX = -Infinity,
    minY = Infinity,
    maxY = -Infinity;
  graph.forEachNode((_, a) => {
    minX = Math.min(minX, a.x);
    maxX = Math.max(maxX, a.x);
    minY = Math.min(minY, a.y);
    maxY = Math.max(maxY, a.y);
  });
  const { width, height } = DEFAULT_LAYOUT.viewport;
  const scale = Math.min(width / (maxX - minX), height / (maxY - minY));
  const boxes = graph.mapNodes((_, a) => ({
    l: a.x * scale - a.size,
    r: a.x * scale + a.size + 4 + labelWidth(a.label),
    y: a.y * scale,
  }));
  let overlaps = 0;
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!,
        b = boxes[j]!;
      if (a.l < b.r && b.l < a.r && Math.abs(a.y - b.y) < DEFAULT_LAYOUT.labelHeight - 1) overlaps++;
    }
  }
  assert.equal(overlaps, 0);
});

test("empty and single-node graphs are fine", () => {
  const empty = buildGraph({ nodes: [], relationships: [], summary }).graph;
  applyLayout(empty);
  assert.equal(empty.order, 0);
  const one = buildGraph({ nodes: [node("a", ["Entity", "Person"], { name: "A" })], relationships: [], summary }).graph;
  applyLayout(one);
  assert.ok(Number.isFinite(one.getNodeAttribute("a", "x")));
});

test("normalizePositions centres and scales to the extent, stretching x by the aspect", () => {
  const { graph } = buildGraph(starPayload());
  graph.forEachNode((key, _) => graph.mergeNodeAttributes(key, { x: 10, y: 10 }));
  graph.mergeNodeAttributes("hub", { x: 30, y: 10 });
  normalizePositions(graph, 100, 2);
  const hub = graph.getNodeAttributes("hub");
  assert.ok(Math.abs(hub.y) < 1e-9);
  assert.ok(Math.abs(hub.x - 200) < 1e-6, `hub x ${hub.x}`);
});

test("CJK labels are estimated wider than Latin ones of the same length", () => {
  assert.ok(labelWidth("アリババ") > labelWidth("abcd"));
  assert.equal(labelWidth(undefined), 0);
});

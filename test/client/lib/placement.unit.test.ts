import { test } from "node:test";
import assert from "node:assert/strict";
import Graph from "graphology";
import {
  centroid,
  groupByAnchor,
  medianEdgeLength,
  scalingRatioFor,
  seedAround,
  separateMovable,
} from "../../../src/client/lib/placement/index.ts";

test("newcomers start around their anchor, on the side away from the rest of the graph", () => {
  const anchor = { x: 100, y: 0 };
  const points = seedAround(anchor, 5, { x: 0, y: 0 }, { radius: 50, perRing: 12 });
  assert.equal(points.length, 5);
  for (const p of points) {
    assert.ok(Math.abs(Math.hypot(p.x - anchor.x, p.y - anchor.y) - 50) < 1e-9);
    assert.ok(p.x > anchor.x - 1e-9, "fanned out away from the centre");
  }
  assert.equal(
    new Set(points.map((p) => `${p.x.toFixed(3)},${p.y.toFixed(3)}`)).size,
    5,
    "no two start on the same spot",
  );
  const many = seedAround(anchor, 30, { x: 0, y: 0 }, { radius: 50, perRing: 12 });
  assert.ok(Math.max(...many.map((p) => Math.hypot(p.x - anchor.x, p.y - anchor.y))) > 50, "extra rings are wider");
});

test("each newcomer is anchored to a placed neighbour, the expanded node first", () => {
  const neighbours: Record<string, string[]> = { n1: ["old", "centre"], n2: ["old"], n3: [] };
  const groups = groupByAnchor(
    ["n1", "n2", "n3"],
    (k) => neighbours[k] ?? [],
    (k) => k === "old" || k === "centre",
    "centre",
  );
  assert.deepEqual(
    [...groups],
    [
      ["centre", ["n1"]],
      ["old", ["n2"]],
      [null, ["n3"]],
    ],
  );
  assert.deepEqual(
    centroid([
      { x: 0, y: 0 },
      { x: 2, y: 4 },
    ]),
    { x: 1, y: 2 },
  );
});

test("overlap removal moves only the movable nodes", () => {
  const graph = new Graph<{ x: number; y: number; size: number }>();
  graph.addNode("old1", { x: 0, y: 0, size: 10 });
  graph.addNode("old2", { x: 30, y: 0, size: 10 });
  graph.addNode("new", { x: 1, y: 1, size: 10 });
  separateMovable(graph, new Set(["new"]), 12, 5);
  assert.deepEqual(graph.getNodeAttributes("old1"), { x: 0, y: 0, size: 10 });
  assert.deepEqual(graph.getNodeAttributes("old2"), { x: 30, y: 0, size: 10 });
  const moved = graph.getNodeAttributes("new");
  assert.ok(Math.hypot(moved.x, moved.y) > 15, `the newcomer gave way: ${moved.x},${moved.y}`);
});

test("repulsion follows the drawing's scale, within bounds", () => {
  const graph = new Graph<{ x: number; y: number; size: number }>();
  graph.addNode("a", { x: 0, y: 0, size: 1 });
  graph.addNode("b", { x: 300, y: 400, size: 1 });
  graph.addNode("c", { x: 0, y: 0, size: 1 });
  graph.addEdge("a", "b");
  graph.addEdge("a", "c");
  assert.equal(
    medianEdgeLength(graph, (s, t) => s !== "c" && t !== "c"),
    500,
  );
  assert.equal(medianEdgeLength(new Graph()), 200);
  assert.equal(scalingRatioFor(500), 625);
  assert.equal(scalingRatioFor(1), 10);
  assert.equal(scalingRatioFor(1e6), 20_000);
});

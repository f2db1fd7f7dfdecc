// Parallel relationships get curves of their own, apart from one another; lone ones stay straight.
import { test } from "node:test";
import assert from "node:assert/strict";
import { MultiDirectedGraph } from "graphology";
import { parallelCurvatures } from "../../../src/client/lib/graph/index.ts";

test("three relationships between two people bend apart, one each way counted from the same side", () => {
  const graph = new MultiDirectedGraph();
  for (const key of ["ma", "alibaba", "tsai"]) graph.addNode(key);
  graph.addEdgeWithKey("founded", "ma", "alibaba");
  graph.addEdgeWithKey("stepped-down", "ma", "alibaba");
  graph.addEdgeWithKey("led-by", "alibaba", "ma");
  graph.addEdgeWithKey("alone", "tsai", "alibaba");
  const bends = parallelCurvatures(graph);
  assert.equal(bends.has("alone"), false, "a lone relationship stays straight");
  // Seen from ma → alibaba: a reversed edge's bend counts with the opposite sign.
  const sides = ["founded", "stepped-down", "led-by"].map((edge) =>
    graph.source(edge) === "ma" ? bends.get(edge)! : -bends.get(edge)!,
  );
  assert.equal(new Set(sides).size, 3, `three different curves: ${sides.join(", ")}`);
  assert.ok(Math.min(...sides) < 0 && Math.max(...sides) > 0, "they spread to both sides of the straight line");
});

test("two relationships bend to opposite sides, none straight under the other", () => {
  const graph = new MultiDirectedGraph();
  graph.addNode("a");
  graph.addNode("b");
  graph.addEdgeWithKey("x", "a", "b");
  graph.addEdgeWithKey("y", "b", "a");
  const bends = parallelCurvatures(graph);
  assert.ok(bends.get("x")! !== 0);
  assert.equal(bends.get("x"), bends.get("y"), "same sign for opposite directions is opposite sides");
});

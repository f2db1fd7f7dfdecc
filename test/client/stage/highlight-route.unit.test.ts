import { test } from "node:test";
import assert from "node:assert/strict";
import {
  DEFAULT_CANVAS_COLORS as colors,
  edgeDisplay,
  highlightContext,
  nodeDisplay,
} from "../../../src/client/stage/highlight/index.ts";
import { INITIAL_SELECTION } from "../../../src/client/core/selection/index.ts";
import { INITIAL_PREFERENCES } from "../../../src/client/core/preferences/index.ts";
import { buildGraph, samplePayload } from "../fixtures.ts";

const { graph } = buildGraph(samplePayload());
const route = { nodes: new Set(["e:1", "e:2"]), edges: new Set(["r:1"]) };
const node = (key: string, ctx: ReturnType<typeof highlightContext>) =>
  nodeDisplay(key, graph.getNodeAttributes(key), ctx);
const edge = (key: string, ctx: ReturnType<typeof highlightContext>) => {
  const [s, t] = graph.extremities(key);
  return edgeDisplay(graph.getEdgeAttributes(key), s, t, ctx, key);
};

test("a route on show lights its nodes and relationships and dims the rest", () => {
  const ctx = highlightContext(graph, INITIAL_SELECTION, INITIAL_PREFERENCES, colors, { route });
  assert.equal(node("e:1", ctx).color, graph.getNodeAttribute("e:1", "color"));
  assert.equal(node("e:1", ctx).forceLabel, true);
  assert.equal(node("e:3", ctx).color, colors.dimNode);
  assert.equal(edge("r:1", ctx).color, colors.edgeFocus);
  assert.equal(edge("r:1", ctx).label, "FOUNDED");
  assert.equal(edge("r:2", ctx).color, colors.dimEdge, "a parallel relationship off the route stays dim");
});

test("hovering explores its neighbourhood over the route; the selection does not", () => {
  const hovering = highlightContext(graph, { selected: null, hovered: "e:3" }, INITIAL_PREFERENCES, colors, { route });
  assert.equal(node("e:2", hovering).color, graph.getNodeAttribute("e:2", "color"), "e:2 is e:3's neighbour");
  assert.equal(node("e:1", hovering).color, colors.dimNode);
  const selected = highlightContext(graph, { selected: "e:3", hovered: null }, INITIAL_PREFERENCES, colors, { route });
  assert.equal(node("e:1", selected).color, graph.getNodeAttribute("e:1", "color"));
});

test("categories switched off in the legend are hidden, whatever else is lit", () => {
  const ctx = highlightContext(graph, { selected: "e:1", hovered: null }, INITIAL_PREFERENCES, colors, {
    hiddenCategories: ["Model", "Person"],
  });
  assert.equal(node("e:3", ctx).hidden, true);
  assert.equal(node("e:1", ctx).hidden, true, "even the selected node");
  assert.notEqual(node("e:2", ctx).hidden, true);
  const data = JSON.stringify(graph.export());
  node("e:3", ctx);
  assert.equal(JSON.stringify(graph.export()), data, "reducers never write into the data graph");
});

test("the other routes found stay drawn in their colours beneath the chosen one; what is on no route dims", () => {
  const all = { ...route, otherNodes: new Set(["e:1", "e:2", "e:3"]), otherEdges: new Set(["r:1", "r:2"]) };
  const ctx = highlightContext(graph, INITIAL_SELECTION, INITIAL_PREFERENCES, colors, { route: all });
  assert.equal(node("e:3", ctx).color, graph.getNodeAttribute("e:3", "color"));
  assert.ok((node("e:3", ctx).zIndex ?? 0) < (node("e:1", ctx).zIndex ?? 0), "the chosen route is drawn on top");
  assert.notEqual(edge("r:2", ctx).color, colors.dimEdge);
  assert.ok(
    (edge("r:2", ctx).size ?? 0) < (edge("r:1", ctx).size ?? 0),
    "the chosen route's relationships are thicker",
  );
});

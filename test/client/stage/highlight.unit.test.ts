import { test } from "node:test";
import assert from "node:assert/strict";
import {
  DEFAULT_CANVAS_COLORS as colors,
  edgeDisplay,
  highlightContext,
  MAX_LABEL_LENGTH,
  nodeDisplay,
  shortLabel,
} from "../../../src/client/stage/highlight/index.ts";
import { INITIAL_SELECTION, type SelectionState } from "../../../src/client/core/selection/index.ts";
import { INITIAL_PREFERENCES } from "../../../src/client/core/preferences/index.ts";
import { buildGraph, samplePayload } from "../fixtures.ts";

const { graph } = buildGraph(samplePayload());
const ctx = (selection: Partial<SelectionState> = {}, view: Partial<typeof INITIAL_PREFERENCES> = {}) =>
  highlightContext(graph, { ...INITIAL_SELECTION, ...selection }, { ...INITIAL_PREFERENCES, ...view }, colors);
const nodeOf = (key: string, c = ctx()) => nodeDisplay(key, graph.getNodeAttributes(key), c);
const edgeOf = (key: string, c = ctx()) => {
  const [s, t] = graph.extremities(key);
  return edgeDisplay(graph.getEdgeAttributes(key), s, t, c);
};

test("without focus nothing is dimmed and labels follow the language", () => {
  assert.equal(nodeOf("e:1").color, graph.getNodeAttribute("e:1", "color"));
  assert.equal(nodeOf("e:1").label, "Jack Ma");
  assert.equal(nodeOf("e:1", ctx({}, { language: "ja" })).label, "ジャック・マー");
  assert.equal(nodeOf("e:3", ctx({}, { language: "zh" })).label, "通義千問");
});

test("hovering a node keeps its neighbourhood and dims the rest", () => {
  const c = ctx({ hovered: "e:1" });
  assert.deepEqual([...c.neighbours].sort(), ["e:2"]);
  assert.equal(nodeOf("e:1", c).forceLabel, true);
  assert.equal(nodeOf("e:2", c).forceLabel, true);
  assert.equal(nodeOf("e:2", c).color, graph.getNodeAttribute("e:2", "color"));
  assert.equal(nodeOf("e:3", c).color, colors.dimNode);
  assert.equal(nodeOf("e:3", c).label, "");
});

test("the selected node is highlighted and stays lit while another node is hovered", () => {
  const c = ctx({ selected: "e:3", hovered: "e:1" });
  assert.equal(c.focus, "e:1");
  const selected = nodeOf("e:3", c);
  assert.equal(selected.highlighted, true);
  assert.notEqual(selected.color, colors.dimNode);
  assert.equal(nodeOf("e:1", c).highlighted, false);
});

test("edges touching the focus are emphasised and labelled; others dim", () => {
  const c = ctx({ selected: "e:3" });
  assert.equal(edgeOf("r:3", c).label, "DEVELOPS");
  assert.equal(edgeOf("r:3", c).color, colors.edgeFocus);
  assert.equal(edgeOf("r:1", c).color, colors.dimEdge);
  assert.equal(edgeOf("r:1", c).label, "");
});

test("edge labels appear for every edge only when zoomed in", () => {
  assert.equal(edgeOf("r:1").label, "");
  assert.equal(edgeOf("r:1", ctx({}, { zoomedIn: true })).label, "FOUNDED");
});

test("a focus on a node that is not in the graph is ignored", () => {
  const c = ctx({ hovered: "gone" });
  assert.equal(c.focus, null);
  assert.notEqual(nodeOf("e:1", c).color, colors.dimNode);
});

test("reducers never modify the data graph's attributes", () => {
  const before = JSON.stringify(graph.export());
  const c = ctx({ selected: "e:1", hovered: "e:2" }, { language: "ja", zoomedIn: true });
  graph.forEachNode((key, attrs) => nodeDisplay(key, attrs, c));
  graph.forEachEdge((key, attrs, s, t) => edgeDisplay(attrs, s, t, c));
  assert.equal(JSON.stringify(graph.export()), before);
});

test("long canvas labels are shortened; the focused node shows its full name", () => {
  const long = "Alibaba capital expenditure in Eddie Wu's first 15 months";
  const short = shortLabel(long);
  assert.ok([...short].length <= MAX_LABEL_LENGTH);
  assert.ok(short.endsWith("…"));
  assert.equal(shortLabel("Qwen"), "Qwen");
  const g = buildGraph({
    ...samplePayload(),
    nodes: [{ id: "x", labels: ["Event"], properties: { name: long } }],
    relationships: [],
  }).graph;
  const focused = highlightContext(g, { selected: "x", hovered: null }, INITIAL_PREFERENCES, colors);
  assert.equal(nodeDisplay("x", g.getNodeAttributes("x"), focused).label, long);
});

test("with the article's perspective, a caption in another language than the chosen one is marked with it", async () => {
  const { readFile } = await import("node:fs/promises");
  const { PerspectiveSchema } = await import("../../../src/shared/index.ts");
  const { createNodeLook } = await import("../../../src/client/lib/appearance/index.ts");
  const perspective = PerspectiveSchema.parse(
    JSON.parse(await readFile(new URL("../../../graph/perspective.json", import.meta.url), "utf8")),
  );
  const look = createNodeLook(perspective, () => graph.mapNodes((_, a) => a));
  const withLook = (language: "en" | "ja" | "zh") =>
    highlightContext(graph, INITIAL_SELECTION, { ...INITIAL_PREFERENCES, language }, colors, { look });
  // Alibaba Group has English and Japanese names but no Chinese one: in Chinese mode its English name says so.
  assert.equal(nodeOf("e:2", withLook("zh")).label, "Alibaba Group · EN");
  assert.equal(nodeOf("e:2", withLook("ja")).label, "アリババ");
  assert.equal(nodeOf("e:2", withLook("en")).label, "Alibaba Group");
  assert.equal(nodeOf("e:1", withLook("zh")).label, "马云", "a name in the chosen language has no mark");
  // A long caption is shortened before the mark, so the mark is never cut off.
  const long = "An uncommonly long company name that runs on and on";
  graph.setNodeAttribute("e:2", "properties", { ...graph.getNodeAttribute("e:2", "properties"), name: long });
  const marked = nodeOf("e:2", withLook("zh")).label ?? "";
  assert.ok(marked.endsWith("… · EN"), marked);
  assert.ok(marked.length <= MAX_LABEL_LENGTH + 5, marked);
});

import { test } from "node:test";
import assert from "node:assert/strict";
import {
  applyNeighbourPage,
  collapse,
  collapseTargets,
  expansionOf,
  hideNodes,
  INITIAL_SCENE,
  NO_FILTER,
  setNodes,
  showNodes,
  type NeighbourPage,
} from "../../../src/client/core/scene/index.ts";

/** An undirected adjacency from pairs, as the drawn graph would answer it. */
function adjacency(pairs: Array<[string, string]>): (key: string) => string[] {
  const map = new Map<string, Set<string>>();
  for (const [a, b] of pairs) {
    map.set(a, (map.get(a) ?? new Set()).add(b));
    map.set(b, (map.get(b) ?? new Set()).add(a));
  }
  return (key) => [...(map.get(key) ?? [])];
}

const page = (center: string, received: string[], extra: Partial<NeighbourPage> = {}): NeighbourPage => ({
  center,
  received,
  filter: NO_FILTER,
  count: received.length,
  total: received.length,
  nextCursor: null,
  more: false,
  ...extra,
});

test("show and hide keep order, skip duplicates and return the same object for no-ops", () => {
  const scene = showNodes(INITIAL_SCENE, ["a", "b", "a"]);
  assert.deepEqual(scene.nodes, ["a", "b"]);
  assert.equal(showNodes(scene, ["b"]), scene);
  assert.deepEqual(hideNodes(scene, ["a"]).nodes, ["b"]);
  assert.equal(hideNodes(scene, ["zz"]), scene);
  assert.deepEqual(setNodes(scene, ["c", "c", "d"]), { nodes: ["c", "d"], expansions: [] });
});

test("an expansion books only the nodes that were not in view, page after page", () => {
  let scene = setNodes(INITIAL_SCENE, ["ma", "alibaba"]);
  scene = applyNeighbourPage(scene, page("ma", ["alibaba", "tsai", "wu"], { count: 50, total: 120, nextCursor: "50" }));
  assert.deepEqual(scene.nodes, ["ma", "alibaba", "tsai", "wu"]);
  assert.deepEqual(expansionOf(scene, "ma"), {
    center: "ma",
    added: ["tsai", "wu"],
    filter: NO_FILTER,
    loaded: 50,
    total: 120,
    nextCursor: "50",
  });
  scene = applyNeighbourPage(
    scene,
    page("ma", ["tsai", "qwen"], { count: 50, total: 120, nextCursor: "100", more: true }),
  );
  const record = expansionOf(scene, "ma");
  assert.deepEqual(record?.added, ["tsai", "wu", "qwen"]);
  assert.equal(record?.loaded, 100, "load more adds to what was loaded");
  assert.equal(record?.nextCursor, "100");
  // Expanding again with another filter starts counting over but still owns what it added before.
  const filter = { types: ["FOUNDED"], labels: [] };
  scene = applyNeighbourPage(scene, page("ma", ["apple"], { filter, count: 1, total: 1 }));
  assert.deepEqual(expansionOf(scene, "ma"), {
    center: "ma",
    added: ["tsai", "wu", "qwen", "apple"],
    filter,
    loaded: 1,
    total: 1,
    nextCursor: null,
  });
  assert.equal(scene.expansions.length, 1);
});

test("collapse removes what the expansion added and nothing else reaches", () => {
  // ma was expanded: tsai, wu, leaf1, leaf2 came in. wu also links to alibaba (in view before), and
  // leaf2 hangs off wu, so both stay; tsai and leaf1 only link to ma and go.
  let scene = setNodes(INITIAL_SCENE, ["ma", "alibaba"]);
  scene = applyNeighbourPage(scene, page("ma", ["alibaba", "tsai", "wu", "leaf1", "leaf2"]));
  const links = adjacency([
    ["ma", "alibaba"],
    ["ma", "tsai"],
    ["ma", "wu"],
    ["ma", "leaf1"],
    ["ma", "leaf2"],
    ["wu", "alibaba"],
    ["leaf2", "wu"],
  ]);
  assert.deepEqual(collapseTargets(scene, "ma", links), ["tsai", "leaf1"]);
  const collapsed = collapse(scene, "ma", links);
  assert.deepEqual(collapsed.nodes, ["ma", "alibaba", "wu", "leaf2"]);
  assert.equal(expansionOf(collapsed, "ma"), null, "the record is gone with the collapse");
});

test("newcomers that only reach each other go together; a node from before the expansion never goes", () => {
  let scene = setNodes(INITIAL_SCENE, ["ma", "old"]);
  scene = applyNeighbourPage(scene, page("ma", ["a", "b", "old"]));
  const links = adjacency([
    ["ma", "a"],
    ["ma", "b"],
    ["a", "b"],
    ["ma", "old"],
  ]);
  assert.deepEqual(collapse(scene, "ma", links).nodes, ["ma", "old"]);
});

test("without a record (a view from a link), collapse takes the neighbours that hang only on the node", () => {
  const scene = setNodes(INITIAL_SCENE, ["ma", "x", "y", "z"]);
  const links = adjacency([
    ["ma", "x"],
    ["ma", "y"],
    ["y", "z"],
  ]);
  assert.deepEqual(collapseTargets(scene, "ma", links), ["x"]);
  const nothing = setNodes(INITIAL_SCENE, ["ma"]);
  assert.equal(collapse(nothing, "ma", links), nothing);
});

test("hiding a centre drops its record", () => {
  const scene = applyNeighbourPage(setNodes(INITIAL_SCENE, ["ma"]), page("ma", ["a"]));
  assert.deepEqual(hideNodes(scene, ["ma"]), { nodes: ["a"], expansions: [] });
});

// A big first view goes into the data graph in slices, one per frame, nodes before edges; a flush brings in the rest.
import { test } from "node:test";
import assert from "node:assert/strict";
import { MultiDirectedGraph } from "graphology";
import type { ExplorerGraph } from "../../../src/client/lib/graph/index.ts";
import { edgeAttributes, nodeAttributes } from "../../../src/client/lib/graph/index.ts";
import {
  FEED,
  feedGraph,
  lazyItems,
  planSlices,
  type EdgeItem,
  type NodeItem,
} from "../../../src/client/stage/graph-feed.ts";

// Node has no frames: one "frame" per macrotask is enough to see the slices arrive one at a time.
globalThis.requestAnimationFrame ??= (callback: FrameRequestCallback) =>
  setTimeout(() => callback(performance.now()), 0) as unknown as number;
globalThis.cancelAnimationFrame ??= (id: number) => clearTimeout(id);

function items(nodes: number, edges: number): { nodes: NodeItem[]; edges: EdgeItem[] } {
  const nodeItems = Array.from({ length: nodes }, (_, i) => ({
    key: `n${i}`,
    attributes: nodeAttributes({ id: `n${i}`, labels: ["Entity", "Person"], properties: { name: `N ${i}` } }),
  }));
  const edgeItems = Array.from({ length: edges }, (_, i) => {
    const rel = { id: `r${i}`, type: "KNOWS", start: `n${i % nodes}`, end: `n${(i * 7 + 1) % nodes}`, properties: {} };
    return { key: rel.id, source: rel.start, target: rel.end, attributes: edgeAttributes(rel, "#999") };
  });
  return { nodes: nodeItems, edges: edgeItems };
}

test("slices cover every node and edge once, nodes first, in a bounded number of slices", () => {
  for (const [nodes, edges] of [
    [1_000, 5_000],
    [10_000, 50_000],
    [100_000, 500_000],
    [7, 0],
  ] as const) {
    const slices = planSlices(nodes, edges);
    const nodeRanges = slices.flatMap((s) => ("nodes" in s ? [s.nodes] : []));
    const edgeRanges = slices.flatMap((s) => ("edges" in s ? [s.edges] : []));
    assert.deepEqual(
      slices.slice(0, nodeRanges.length),
      nodeRanges.map((r) => ({ nodes: r })),
    );
    for (const [ranges, total] of [
      [nodeRanges, nodes],
      [edgeRanges, edges],
    ] as const) {
      let at = 0;
      for (const [from, to] of ranges) {
        assert.equal(from, at);
        assert.ok(to > from);
        at = to;
      }
      assert.equal(at, total);
      assert.ok(ranges.length <= FEED.slices);
    }
  }
});

test("the first slice is in at once, the rest one per frame, and then onDone runs once", async () => {
  const graph: ExplorerGraph = new MultiDirectedGraph();
  const { nodes, edges } = items(3_000, 12_000);
  const seen: Array<[number, number]> = [];
  let done = 0;
  const finished = new Promise<void>((resolve) => {
    const feed = feedGraph(graph, nodes, edges, () => {
      done++;
      resolve();
    });
    assert.deepEqual(feed.total, { order: 3_000, size: 12_000 });
  });
  assert.equal(graph.order, FEED.minNodes, "only the first slice goes in before the page gets the thread back");
  assert.equal(graph.size, 0);
  const poll = setInterval(() => seen.push([graph.order, graph.size]), 0);
  await finished;
  clearInterval(poll);
  assert.equal(done, 1);
  assert.equal(graph.order, 3_000);
  assert.equal(graph.size, 12_000);
  const distinct = new Set(seen.map(([n, e]) => `${n}/${e}`));
  assert.ok(distinct.size >= 3, `the graph grew over several tasks (saw ${[...distinct].join(", ")})`);
});

test("a flush brings in what is left at once and finishes the feed, once", () => {
  const graph: ExplorerGraph = new MultiDirectedGraph();
  const { nodes, edges } = items(3_000, 12_000);
  let done = 0;
  const feed = feedGraph(graph, nodes, edges, () => done++);
  assert.ok(graph.order < 3_000);
  feed.flush();
  assert.equal(done, 1);
  assert.equal(graph.order, 3_000);
  assert.equal(graph.size, 12_000);
  feed.flush();
  assert.equal(done, 1);
});

test("lazy items are made a slice at a time, as the slices go in, never all up front", async () => {
  const graph: ExplorerGraph = new MultiDirectedGraph();
  const { nodes, edges } = items(3_000, 12_000);
  let made = 0;
  const count = <T>(item: T): T => (made++, item);
  const finished = new Promise<void>((resolve) =>
    feedGraph(graph, lazyItems(nodes, count), lazyItems(edges, count), resolve),
  );
  assert.equal(made, FEED.minNodes, "only the first slice's items were made before the page got the thread back");
  await finished;
  assert.equal(made, 3_000 + 12_000, "each item made once");
  assert.deepEqual(
    graph.nodes(),
    nodes.map((n) => n.key),
  );
  assert.equal(graph.size, 12_000);
});

// Big-graph layout: the size threshold, the compact adjacency, and coarse-to-fine placement.
import { test } from "node:test";
import assert from "node:assert/strict";
import { adjacency, BIG_GRAPH, degreeOf, isBigGraph, type EdgeList } from "../../../src/client/lib/layout/index.ts";
import { coarsePositions, refinePositions, topByDegree } from "../../../src/client/lib/layout/coarse-to-fine.ts";

/** Two stars (hubs 0 and 1, joined) with `leaves` leaves each, plus `loose` nodes no edge reaches. */
function twoStars(leaves: number, loose = 0): EdgeList {
  const sources: number[] = [0];
  const targets: number[] = [1];
  for (let i = 0; i < 2 * leaves; i++) {
    sources.push(i % 2);
    targets.push(2 + i);
  }
  return { n: 2 + 2 * leaves + loose, sources: Int32Array.from(sources), targets: Int32Array.from(targets) };
}

const at = (xy: Float64Array, i: number) => [xy[2 * i]!, xy[2 * i + 1]!] as const;
const dist = (a: readonly number[], b: readonly number[]) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!);

test("the threshold: the article graph is small, a few thousand nodes or edges are big", () => {
  assert.equal(isBigGraph(49, 90), false);
  assert.equal(isBigGraph(BIG_GRAPH.nodes, BIG_GRAPH.edges), false);
  assert.equal(isBigGraph(BIG_GRAPH.nodes + 1, 0), true);
  assert.equal(isBigGraph(10, BIG_GRAPH.edges + 1), true);
});

test("adjacency lists both ends of every edge", () => {
  const adj = adjacency(twoStars(3));
  assert.equal(degreeOf(adj, 0), 4);
  assert.equal(degreeOf(adj, 1), 4);
  assert.equal(degreeOf(adj, 2), 1);
  assert.deepEqual(
    [...adj.neighbours.slice(adj.offsets[1]!, adj.offsets[2]!)].sort((a, b) => a - b),
    [0, 3, 5, 7],
  );
  assert.deepEqual(topByDegree(adj, 8, 2), [0, 1]);
});

test("leaves land next to their own hub, nodes nothing reaches on a ring outside, all finite and apart", () => {
  const edges = twoStars(200, 5);
  const xy = coarsePositions(edges, { coreSize: 2, coreIterations: 50, seed: 3 });
  const hubA = at(xy, 0);
  const hubB = at(xy, 1);
  assert.ok(xy.every(Number.isFinite));
  assert.ok(dist(hubA, hubB) > 0);
  for (let i = 0; i < 400; i++) {
    const leaf = at(xy, 2 + i);
    const [own, other] = i % 2 === 0 ? [hubA, hubB] : [hubB, hubA];
    assert.ok(dist(leaf, own) < dist(leaf, other), `leaf ${2 + i} sits by its hub`);
  }
  const reach = Math.max(...Array.from({ length: 402 }, (_, i) => Math.hypot(...at(xy, i))));
  for (let i = 402; i < 407; i++) assert.ok(Math.hypot(...at(xy, i)) > reach, `loose node ${i} lies outside`);
  assert.equal(new Set(Array.from({ length: edges.n }, (_, i) => at(xy, i).join())).size, edges.n);
});

test("the same graph gets the same picture; refinement moves nodes and keeps them finite", () => {
  const edges = twoStars(50);
  const opts = { coreSize: 10, coreIterations: 30, seed: 1 };
  const first = coarsePositions(edges, opts);
  assert.deepEqual(coarsePositions(edges, opts), first);
  const refined = first.slice();
  const result = refinePositions(edges, refined, 1_000, 5);
  assert.equal(result.iterations, 5);
  assert.ok(result.msPerIteration > 0);
  assert.ok(refined.every(Number.isFinite));
  assert.notDeepEqual(refined, first);
});

test("an empty graph has no positions", () => {
  assert.equal(coarsePositions({ n: 0, sources: new Int32Array(0), targets: new Int32Array(0) }).length, 0);
});

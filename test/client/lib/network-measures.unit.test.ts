// Network measures against values computed here independently, by the definitions: degree by counting, betweenness by
// enumerating every shortest path, PageRank by plain power iteration, Louvain's modularity by its formula.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  betweenness,
  communities,
  computeMeasure,
  degrees,
  pageRank,
  sampledBetweenness,
  undirectedGraph,
  type EdgeList,
} from "../../../src/client/lib/metrics/index.ts";

const edgeList = (n: number, pairs: ReadonlyArray<readonly [number, number]>): EdgeList => ({
  n,
  sources: Int32Array.from(pairs.map((p) => p[0])),
  targets: Int32Array.from(pairs.map((p) => p[1])),
});

/** A small irregular graph: a triangle, a bridge, a square with a diagonal, a pendant, a parallel pair, a self loop,
 * and an isolated node (9). */
const FIXTURE: Array<[number, number]> = [
  [0, 1],
  [1, 2],
  [2, 0],
  [2, 3],
  [3, 4],
  [4, 5],
  [5, 6],
  [6, 3],
  [3, 5],
  [6, 7],
  [7, 8],
  [1, 0], // the same pair the other way: one connection for paths, two relationships for degree
  [8, 8], // a self loop
];
const N = 10;

/** Undirected simple neighbours (no self loops, parallel pairs once). */
function neighbours(n: number, pairs: ReadonlyArray<readonly [number, number]>): Set<number>[] {
  const adj = Array.from({ length: n }, () => new Set<number>());
  for (const [a, b] of pairs)
    if (a !== b) {
      adj[a]!.add(b);
      adj[b]!.add(a);
    }
  return adj;
}

/** Every shortest path from s to t, as node lists, found by BFS distances and then walking them out. */
function allShortestPaths(adj: Set<number>[], s: number, t: number): number[][] {
  const dist = new Map<number, number>([[s, 0]]);
  const queue = [s];
  while (queue.length) {
    const v = queue.shift()!;
    for (const w of adj[v]!)
      if (!dist.has(w)) {
        dist.set(w, dist.get(v)! + 1);
        queue.push(w);
      }
  }
  if (!dist.has(t)) return [];
  const walk = (path: number[]): number[][] => {
    const last = path.at(-1)!;
    if (last === t) return [path];
    return [...adj[last]!]
      .filter((w) => dist.get(w) === dist.get(last)! + 1 && dist.get(w)! <= dist.get(t)!)
      .flatMap((w) => walk([...path, w]));
  };
  return walk([s]);
}

/** Normalised undirected betweenness: over unordered pairs, the share of shortest paths through v, times 2/((n-1)(n-2)). */
function betweennessByPaths(n: number, pairs: ReadonlyArray<readonly [number, number]>): number[] {
  const adj = neighbours(n, pairs);
  const out = new Array<number>(n).fill(0);
  for (let s = 0; s < n; s++)
    for (let t = s + 1; t < n; t++) {
      const paths = allShortestPaths(adj, s, t);
      for (const path of paths) for (const v of path.slice(1, -1)) out[v]! += 1 / paths.length;
    }
  return out.map((x) => (x * 2) / ((n - 1) * (n - 2)));
}

/** PageRank on the directed simple graph: damping 0.85, a dangling node's rank spread over all nodes. */
function pageRankByIteration(n: number, pairs: ReadonlyArray<readonly [number, number]>): number[] {
  const out = Array.from({ length: n }, () => new Set<number>());
  for (const [a, b] of pairs) if (a !== b) out[a]!.add(b);
  let rank = new Array<number>(n).fill(1 / n);
  for (let iteration = 0; iteration < 2000; iteration++) {
    const dangling = rank.reduce((sum, r, i) => (out[i]!.size === 0 ? sum + r : sum), 0);
    const next = new Array<number>(n).fill((1 - 0.85) / n + (0.85 * dangling) / n);
    rank.forEach((r, i) => out[i]!.forEach((j) => (next[j]! += (0.85 * r) / out[i]!.size)));
    rank = next;
  }
  return rank;
}

/** Newman's modularity of a partition of the undirected simple graph: Q = Σ_c [L_c/m − (d_c/2m)²]. */
function modularityOf(
  n: number,
  pairs: ReadonlyArray<readonly [number, number]>,
  community: ArrayLike<number>,
): number {
  const adj = neighbours(n, pairs);
  const m = adj.reduce((sum, set) => sum + set.size, 0) / 2;
  const inside = new Map<number, number>();
  const degreeSum = new Map<number, number>();
  adj.forEach((set, v) => {
    const c = community[v]!;
    degreeSum.set(c, (degreeSum.get(c) ?? 0) + set.size);
    for (const w of set) if (w > v && community[w] === c) inside.set(c, (inside.get(c) ?? 0) + 1);
  });
  return [...degreeSum].reduce((q, [c, d]) => q + (inside.get(c) ?? 0) / m - (d / (2 * m)) ** 2, 0);
}

const close = (actual: ArrayLike<number>, expected: readonly number[], tolerance: number, what: string) => {
  assert.equal(actual.length, expected.length, `${what}: length`);
  for (let i = 0; i < expected.length; i++)
    assert.ok(
      Math.abs(actual[i]! - expected[i]!) <= tolerance,
      `${what} of node ${i}: ${actual[i]} but ${expected[i]} by the definition`,
    );
};

test("degree counts every relationship at a node, parallel ones included (a self loop twice)", () => {
  const counted = new Array<number>(N).fill(0);
  for (const [a, b] of FIXTURE) {
    counted[a]!++;
    counted[b]!++;
  }
  close(degrees(edgeList(N, FIXTURE)), counted, 0, "degree");
  assert.equal(computeMeasure("degree", edgeList(N, FIXTURE)).values[9], 0, "the isolated node");
});

test("betweenness equals the shares of all shortest paths through each node", () => {
  const expected = betweennessByPaths(N, FIXTURE);
  // The fixture has nodes on several shortest paths of a pair (the square) and nodes on none (the pendant, node 9).
  assert.ok(expected.some((x) => x > 0 && x < 1) && expected[9] === 0);
  const exact = betweenness(edgeList(N, FIXTURE));
  assert.equal(exact.sources, null, "a small graph is computed exactly");
  close(exact.values, expected, 1e-12, "betweenness");
  // The estimate for big graphs, given every node as a source, is the exact value too.
  close(sampledBetweenness(undirectedGraph(edgeList(N, FIXTURE)), N), expected, 1e-12, "betweenness from all sources");
});

test("betweenness over budget is estimated from evenly spread source nodes, scaled to the whole graph", () => {
  // The estimate by definition: from each source s, the share of s's shortest paths to every t through v, times n/k.
  const k = 3;
  const sources = [0, 1, 2].map((c) => Math.floor((c * N) / k));
  const adj = neighbours(N, FIXTURE);
  const expected = new Array<number>(N).fill(0);
  for (const s of sources)
    for (let t = 0; t < N; t++) {
      if (t === s) continue;
      const paths = allShortestPaths(adj, s, t);
      for (const path of paths) for (const v of path.slice(1, -1)) expected[v]! += 1 / paths.length;
    }
  const scaled = expected.map((x) => (x * N) / k / ((N - 1) * (N - 2)));
  const simplePairs = adj.reduce((sum, set) => sum + set.size, 0) / 2;
  const estimate = betweenness(edgeList(N, FIXTURE), 2 * simplePairs * k);
  assert.equal(estimate.sources, k);
  close(estimate.values, scaled, 1e-12, "estimated betweenness");
});

test("PageRank equals plain power iteration on the directed graph", () => {
  const ranks = pageRank(edgeList(N, FIXTURE));
  close(ranks, pageRankByIteration(N, FIXTURE), 1e-5, "PageRank");
  assert.ok(Math.abs(ranks.reduce((a, b) => a + b, 0) - 1) < 1e-9, "ranks sum to 1");
});

test("Louvain finds the two cliques of a barbell, and its modularity is the partition's own", () => {
  // Two cliques of 6 joined by one edge.
  const pairs: Array<[number, number]> = [[5, 6]];
  for (const offset of [0, 6])
    for (let a = 0; a < 6; a++) for (let b = a + 1; b < 6; b++) pairs.push([offset + a, offset + b]);
  const found = communities(edgeList(12, pairs));
  assert.equal(found.count, 2);
  const left = found.values[0]!;
  for (let v = 0; v < 12; v++) assert.equal(found.values[v] === left, v < 6, `node ${v}`);
  assert.ok(Math.abs(found.modularity - modularityOf(12, pairs, found.values)) < 1e-12);
  // 2 × (15/31 − (31/62)²) by hand.
  assert.ok(Math.abs(found.modularity - 2 * (15 / 31 - 0.25)) < 1e-12);
});

test("Louvain's modularity on an irregular graph matches the modularity of the partition it returns", () => {
  const found = computeMeasure("community", edgeList(N, FIXTURE));
  assert.ok(found.communities! >= 2);
  assert.ok(Math.abs(found.modularity! - modularityOf(N, FIXTURE, found.values)) < 1e-9);
  // Numbered largest first: community 0 is at least as big as any other.
  const sizes = new Map<number, number>();
  for (const c of found.values) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  assert.ok([...sizes.values()].every((size) => size <= sizes.get(0)!));
});

// The network measures themselves, over a compact edge list (node indexes, not keys), with graphology's libraries:
// run in the metrics worker, and on the page only by the benchmark's "old way". Pure: same input, same output.
import { DirectedGraph, UndirectedGraph } from "graphology";
import betweennessCentrality from "graphology-metrics/centrality/betweenness.js";
import pagerank from "graphology-metrics/centrality/pagerank.js";
import louvain from "graphology-communities-louvain";
import type { NetworkMeasure } from "../../../shared/index.ts";
import { adjacency, type EdgeList } from "../layout/big-graph.ts";
import type { MeasureResult } from "./types.ts";

/**
 * Betweenness visits every edge once per source node (O(n·m)): about 14 s at 10,000 nodes and 50,000 edges on our
 * machine. Above this many edge visits it is estimated from evenly spread source nodes instead (Brandes and Pich
 * 2007), scaled up to the whole graph, so it takes seconds at 100,000 nodes, not hours.
 */
export const BETWEENNESS_BUDGET = 2e8;

/** Distinct unordered pairs without self loops, by index: what "connected" means for betweenness and Louvain. */
function simplePairs({ n, sources, targets }: EdgeList, directed: boolean): Float64Array {
  const codes = new Float64Array(sources.length);
  let k = 0;
  for (let e = 0; e < sources.length; e++) {
    const s = sources[e]!,
      t = targets[e]!;
    if (s === t) continue;
    codes[k++] = directed || s < t ? s * n + t : t * n + s;
  }
  const sorted = codes.subarray(0, k).sort();
  let unique = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[unique++] = sorted[i]!;
  return sorted.slice(0, unique);
}

function fill<G extends UndirectedGraph | DirectedGraph>(graph: G, edges: EdgeList, directed: boolean): G {
  for (let i = 0; i < edges.n; i++) graph.addNode(String(i));
  // Pairs are already distinct, so addEdge (no lookups for an existing edge) is safe and much faster than mergeEdge.
  for (const code of simplePairs(edges, directed)) {
    const s = Math.floor(code / edges.n);
    graph.addEdge(String(s), String(code - s * edges.n));
  }
  return graph;
}

/** Undirected and simple: a path may run against a relationship's direction, and parallel relationships count once. */
export const undirectedGraph = (edges: EdgeList) => fill(new UndirectedGraph(), edges, false);
/** Directed and simple: PageRank follows the relationships' direction, as Gephi does on a directed graph. */
export const directedGraph = (edges: EdgeList) => fill(new DirectedGraph(), edges, true);

const byIndex = (n: number, values: Record<string, number>): Float64Array => {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = values[String(i)] ?? 0;
  return out;
};

/** Relationships touching each node, parallel ones included: the degree the stage already sizes nodes by. */
export function degrees({ n, sources, targets }: EdgeList): Float64Array {
  const out = new Float64Array(n);
  for (let e = 0; e < sources.length; e++) {
    out[sources[e]!]! += 1;
    out[targets[e]!]! += 1;
  }
  return out;
}

/** Normalised betweenness over the undirected simple graph; exact within the budget, else estimated. */
export function betweenness(
  edges: EdgeList,
  budget = BETWEENNESS_BUDGET,
): { values: Float64Array; sources: number | null } {
  const graph = undirectedGraph(edges);
  const n = edges.n;
  const wanted = Math.max(1, Math.floor(budget / Math.max(1, 2 * graph.size)));
  if (wanted >= n) {
    const values = betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });
    return { values: byIndex(n, values), sources: null };
  }
  return { values: sampledBetweenness(graph, wanted), sources: wanted };
}

/** Brandes' accumulation from `count` evenly spread source nodes, scaled by n / count and normalised like graphology. */
export function sampledBetweenness(graph: UndirectedGraph, count: number): Float64Array {
  const n = graph.order;
  const { offsets, neighbours } = adjacency({
    n,
    sources: Int32Array.from(graph.mapEdges((_e, _a, s) => Number(s))),
    targets: Int32Array.from(graph.mapEdges((_e, _a, _s, t) => Number(t))),
  });
  const centrality = new Float64Array(n);
  const sigma = new Float64Array(n);
  const distance = new Int32Array(n);
  const delta = new Float64Array(n);
  const order = new Int32Array(n);
  const step = n / count;
  for (let c = 0; c < count; c++) {
    const source = Math.floor(c * step);
    sigma.fill(0);
    distance.fill(-1);
    delta.fill(0);
    sigma[source] = 1;
    distance[source] = 0;
    order[0] = source;
    let head = 0,
      tail = 1;
    while (head < tail) {
      const v = order[head++]!;
      for (let j = offsets[v]!; j < offsets[v + 1]!; j++) {
        const w = neighbours[j]!;
        if (distance[w] === -1) {
          distance[w] = distance[v]! + 1;
          order[tail++] = w;
        }
        if (distance[w] === distance[v]! + 1) sigma[w]! += sigma[v]!;
      }
    }
    // Back from the farthest: each node passes its share on to its predecessors (one step closer to the source).
    for (let i = tail - 1; i > 0; i--) {
      const w = order[i]!;
      for (let j = offsets[w]!; j < offsets[w + 1]!; j++) {
        const v = neighbours[j]!;
        if (distance[v] === distance[w]! - 1) delta[v]! += (sigma[v]! / sigma[w]!) * (1 + delta[w]!);
      }
      centrality[w]! += delta[w]!;
    }
  }
  const scale = n <= 2 ? 1 : n / count / ((n - 1) * (n - 2));
  for (let i = 0; i < n; i++) centrality[i]! *= scale;
  return centrality;
}

/** PageRank (damping 0.85) over the directed simple graph; sums to 1. */
export function pageRank(edges: EdgeList): Float64Array {
  if (edges.n === 0) return new Float64Array(0);
  const values = pagerank(directedGraph(edges), { getEdgeWeight: null, alpha: 0.85, maxIterations: 200 });
  return byIndex(edges.n, values);
}

/** A small seeded generator, so the same graph always gets the same communities (Louvain visits nodes at random). */
function seeded(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Louvain communities over the undirected simple graph, renumbered largest first (so colours are stable). */
export function communities(edges: EdgeList): { values: Float64Array; count: number; modularity: number } {
  const graph = undirectedGraph(edges);
  if (graph.size === 0)
    return { values: Float64Array.from({ length: edges.n }, (_, i) => i), count: edges.n, modularity: 0 };
  const detailed = louvain.detailed(graph, { getEdgeWeight: null, rng: seeded(42) });
  const raw = byIndex(edges.n, detailed.communities);
  const sizes = new Map<number, number>();
  for (const c of raw) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  const rank = new Map([...sizes].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([c], i) => [c, i]));
  return { values: raw.map((c) => rank.get(c)!), count: sizes.size, modularity: detailed.modularity };
}

/** One measure, timed. */
export function computeMeasure(measure: NetworkMeasure, edges: EdgeList): MeasureResult {
  const started = performance.now();
  const base = { measure, sources: null, communities: null, modularity: null };
  const done = (result: Omit<MeasureResult, "ms">): MeasureResult => ({ ...result, ms: performance.now() - started });
  switch (measure) {
    case "degree":
      return done({ ...base, values: degrees(edges) });
    case "pagerank":
      return done({ ...base, values: pageRank(edges) });
    case "betweenness": {
      const { values, sources } = betweenness(edges);
      return done({ ...base, values, sources });
    }
    case "community": {
      const found = communities(edges);
      return done({ ...base, values: found.values, communities: found.count, modularity: found.modularity });
    }
  }
}

// Coarse-to-fine layout for big graphs: ForceAtlas2 on the busiest nodes only, everyone else placed next to
// its strongest already-placed neighbour, then a few ForceAtlas2 passes over everything. Pure; runs in a worker.
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { adjacency, degreeOf, type Adjacency, type EdgeList } from "./big-graph.ts";

export interface CoarseOptions {
  /** Nodes laid out by ForceAtlas2 in the first pass (the highest degrees). */
  coreSize: number;
  coreIterations: number;
  seed: number;
}

export const DEFAULT_COARSE: CoarseOptions = { coreSize: 2_000, coreIterations: 150, seed: 1 };

/** Small deterministic generator, so the same graph always gets the same picture. */
function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 0x100000000;
  };
}

/** Indexes of the `k` highest-degree nodes, busiest first (ties by index). */
export function topByDegree(adj: Adjacency, n: number, k: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => degreeOf(adj, b) - degreeOf(adj, a) || a - b);
  return order.slice(0, Math.min(k, n));
}

function layoutCore(
  core: readonly number[],
  adj: Adjacency,
  opts: CoarseOptions,
  random: () => number,
): Map<number, { x: number; y: number }> {
  const graph = new Graph({ type: "undirected", multi: false });
  core.forEach((i) => graph.addNode(i, { x: random() * 1000 - 500, y: random() * 1000 - 500 }));
  for (const i of core) {
    for (let p = adj.offsets[i]!; p < adj.offsets[i + 1]!; p++) {
      const j = adj.neighbours[p]!;
      if (i < j && graph.hasNode(j) && !graph.hasEdge(i, j)) graph.addEdge(i, j);
    }
  }
  const settings = {
    ...forceAtlas2.inferSettings(graph),
    barnesHutOptimize: graph.order > 500,
    outboundAttractionDistribution: true,
    gravity: 1,
  };
  const positions = forceAtlas2(graph, { iterations: opts.coreIterations, settings });
  return new Map(Object.entries(positions).map(([key, p]) => [Number(key), p]));
}

/** Distance from each core node to its nearest other core node (O(core²): 4 million steps for 2,000). */
function nearestGaps(core: readonly number[], xy: Float64Array): Map<number, number> {
  const gaps = new Map<number, number>();
  for (const i of core) {
    let best = Infinity;
    for (const j of core)
      if (j !== i) best = Math.min(best, Math.hypot(xy[2 * i]! - xy[2 * j]!, xy[2 * i + 1]! - xy[2 * j + 1]!));
    gaps.set(i, best);
  }
  return gaps;
}

/**
 * Positions as [x0, y0, x1, y1, ...]. Placement walks breadth-first from the core, busiest first, so a node
 * lands beside the busiest placed neighbour that reaches it; its distance shrinks with the anchor's degree
 * so a hub's leaves form a disc around it. Nodes no core node reaches are laid on a ring outside.
 */
export function coarsePositions(edges: EdgeList, opts: CoarseOptions = DEFAULT_COARSE): Float64Array {
  const { n } = edges;
  const xy = new Float64Array(2 * n);
  if (n === 0) return xy;
  const adj = adjacency(edges);
  const random = rng(opts.seed);
  const core = topByDegree(adj, n, opts.coreSize);
  const placed = new Uint8Array(n);
  const corePos = layoutCore(core, adj, opts, random);
  // Typical distance between core neighbours: the unit leaves are spaced by.
  let spread = 0;
  for (const p of corePos.values()) spread = Math.max(spread, Math.hypot(p.x, p.y));
  const unit = Math.max(1, spread / Math.sqrt(core.length));
  const queue = new Int32Array(n);
  let head = 0,
    tail = 0;
  for (const i of core) {
    const p = corePos.get(i)!;
    xy[2 * i] = p.x;
    xy[2 * i + 1] = p.y;
    placed[i] = 1;
    queue[tail++] = i;
  }
  const gaps = nearestGaps(core, xy);
  while (head < tail) {
    const a = queue[head++]!;
    // A hub's disc of leaves grows with its degree, but stops short of the nearest other core node.
    const wanted = unit * (0.4 + Math.sqrt(degreeOf(adj, a)) * 0.15);
    const radius = Math.max(unit * 0.4, Math.min(wanted, 0.45 * (gaps.get(a) ?? Infinity)));
    for (let p = adj.offsets[a]!; p < adj.offsets[a + 1]!; p++) {
      const b = adj.neighbours[p]!;
      if (placed[b]) continue;
      const angle = random() * 2 * Math.PI;
      const r = radius * Math.sqrt(0.15 + 0.85 * random());
      xy[2 * b] = xy[2 * a]! + r * Math.cos(angle);
      xy[2 * b + 1] = xy[2 * a + 1]! + r * Math.sin(angle);
      placed[b] = 1;
      queue[tail++] = b;
    }
  }
  let outside = 0;
  const ring = spread * 1.2 + unit;
  for (let i = 0; i < n; i++) {
    if (placed[i]) continue;
    const angle = (outside++ * 2.399963) % (2 * Math.PI);
    xy[2 * i] = ring * Math.cos(angle) * (1 + 0.1 * random());
    xy[2 * i + 1] = ring * Math.sin(angle) * (1 + 0.1 * random());
  }
  return xy;
}

export interface RefineResult {
  iterations: number;
  msPerIteration: number;
}

/**
 * ForceAtlas2 (Barnes-Hut) over the whole graph from the coarse positions, one iteration at a time until
 * `budgetMs` is spent or `maxIterations` done; updates `xy` in place and says what it managed.
 */
export function refinePositions(
  edges: EdgeList,
  xy: Float64Array,
  budgetMs: number,
  maxIterations: number,
  now: () => number = () => performance.now(),
): RefineResult {
  const graph = new Graph({ type: "undirected", multi: true });
  for (let i = 0; i < edges.n; i++) graph.addNode(i, { x: xy[2 * i]!, y: xy[2 * i + 1]! });
  for (let e = 0; e < edges.sources.length; e++) graph.addEdge(edges.sources[e]!, edges.targets[e]!);
  const settings = {
    ...forceAtlas2.inferSettings(graph),
    barnesHutOptimize: true,
    outboundAttractionDistribution: true,
    gravity: 1,
    slowDown: 10,
  };
  // Each call copies the graph into matrices first: time one iteration, then spend the budget in one call.
  const start = now();
  forceAtlas2.assign(graph, { iterations: 1, settings });
  const first = now() - start;
  const more = Math.max(0, Math.min(maxIterations - 1, Math.floor((budgetMs - first) / Math.max(first, 1e-3))));
  if (more > 0) forceAtlas2.assign(graph, { iterations: more, settings });
  const iterations = 1 + more;
  const ms = now() - start;
  graph.forEachNode((key, a) => {
    xy[2 * Number(key)] = a.x as number;
    xy[2 * Number(key) + 1] = a.y as number;
  });
  return { iterations, msPerIteration: iterations ? ms / iterations : 0 };
}

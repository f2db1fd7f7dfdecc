// When a graph counts as big, and the compact edge-list form the big-graph layout works on (and sends to its worker).

/**
 * Above either bound the synchronous pipeline (ForceAtlas2 + noverlap + label separation, O(n²) in its
 * label pass) is skipped: it takes about 70 s on the main thread at 5,000 nodes / 20,000 edges, and about
 * 0.1 s at 500 nodes. The article graph (49 nodes) stays well below.
 */
export const BIG_GRAPH = { nodes: 500, edges: 2_500 } as const;

/**
 * Above this many edges only those around the hovered or selected node are drawn. Chromium with a software
 * WebGL (SwiftShader, no GPU) needs about 7 s to draw 500,000 one-pixel lines, so every redraw would freeze
 * the page; a GPU draws them easily, but the overview of so many edges is a solid blot either way.
 */
export const EDGE_DRAW_LIMIT = 50_000;

export const isBigGraph = (order: number, size: number): boolean => order > BIG_GRAPH.nodes || size > BIG_GRAPH.edges;

/** Nodes as indexes 0..n-1 and edges as two parallel index arrays: cheap to build, to transfer and to walk. */
export interface EdgeList {
  n: number;
  sources: Int32Array;
  targets: Int32Array;
}

/** Neighbours of every node in compressed sparse rows: `offsets[i]..offsets[i+1]` indexes `neighbours`. */
export interface Adjacency {
  offsets: Int32Array;
  neighbours: Int32Array;
}

export function adjacency({ n, sources, targets }: EdgeList): Adjacency {
  const offsets = new Int32Array(n + 1);
  for (let e = 0; e < sources.length; e++) {
    offsets[sources[e]! + 1]! += 1;
    offsets[targets[e]! + 1]! += 1;
  }
  for (let i = 0; i < n; i++) offsets[i + 1]! += offsets[i]!;
  const fill = offsets.slice(0, n);
  const neighbours = new Int32Array(offsets[n]!);
  for (let e = 0; e < sources.length; e++) {
    const s = sources[e]!,
      t = targets[e]!;
    neighbours[fill[s]!++] = t;
    neighbours[fill[t]!++] = s;
  }
  return { offsets, neighbours };
}

export const degreeOf = (adj: Adjacency, i: number): number => adj.offsets[i + 1]! - adj.offsets[i]!;

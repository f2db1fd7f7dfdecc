// Feeds a big first view into the data graph in slices, one slice per frame, so that neither the import nor Sigma's
// handling of it (every node and edge through the reducers) is one long task over the whole graph.
import type { EdgeAttributes, ExplorerGraph, NodeAttributes } from "../lib/graph/index.ts";

export interface NodeItem {
  key: string;
  attributes: NodeAttributes;
}

export interface EdgeItem {
  key: string;
  source: string;
  target: string;
  attributes: EdgeAttributes;
}

/** What the feed reads slices from: an array, or a list that builds each slice's items only when it is imported. */
export interface Items<T> {
  readonly length: number;
  slice(from: number, to: number): T[];
}

/** A list whose items are made from `source`'s by `make`, a slice at a time (no pass over all of them up front). */
export function lazyItems<S, T>(source: readonly S[], make: (item: S) => T): Items<T> {
  return { length: source.length, slice: (from, to) => source.slice(from, to).map(make) };
}

export interface GraphFeed {
  /** The order and size the (empty) graph has once every slice is in. */
  readonly total: { order: number; size: number };
  /** Imports what is left at once (a new view must not interleave with this one); `onDone` runs before it returns. */
  flush(): void;
}

/**
 * Slices are bounded below (so a 1,000-node graph takes two or three frames, not dozens) and above by a share of
 * the whole: Sigma reprocesses every item it holds on each frame after an addition, so the number of frames, not
 * only their size, sets the total cost.
 */
export const FEED = { minNodes: 1_000, minEdges: 5_000, slices: 8 } as const;

/** Graphs with at least this many nodes and edges together are fed in slices; smaller ones go in at once. */
export const FEED_THRESHOLD = 3_000;

/** The slices as [from, to) ranges, nodes first (edges need their ends). */
export function planSlices(
  nodes: number,
  edges: number,
  o: { minNodes: number; minEdges: number; slices: number } = FEED,
): Array<{ nodes: [number, number] } | { edges: [number, number] }> {
  const nodeStep = Math.max(o.minNodes, Math.ceil(nodes / o.slices));
  const edgeStep = Math.max(o.minEdges, Math.ceil(edges / o.slices));
  const out: Array<{ nodes: [number, number] } | { edges: [number, number] }> = [];
  for (let i = 0; i < nodes; i += nodeStep) out.push({ nodes: [i, Math.min(nodes, i + nodeStep)] });
  for (let i = 0; i < edges; i += edgeStep) out.push({ edges: [i, Math.min(edges, i + edgeStep)] });
  return out;
}

/**
 * Imports the first slice now (the page can then build its stage over a small graph), the rest one per frame: each
 * slice runs in its own task after the frame that drew the previous one, never in the same task as Sigma's render.
 */
export function feedGraph(
  graph: ExplorerGraph,
  nodes: Items<NodeItem>,
  edges: Items<EdgeItem>,
  onDone: () => void,
): GraphFeed {
  const slices = planSlices(nodes.length, edges.length);
  let next = 0;
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let done = false;
  const importSlice = () => {
    const slice = slices[next++]!;
    if ("nodes" in slice) graph.import({ nodes: nodes.slice(...slice.nodes) });
    else graph.import({ edges: edges.slice(...slice.edges) });
  };
  const finish = () => {
    if (done) return;
    done = true;
    onDone();
  };
  const step = () => {
    timer = undefined;
    importSlice();
    if (next < slices.length) schedule();
    else finish();
  };
  // After the next frame (Sigma draws what came in), in a task of its own.
  const schedule = () => {
    frame = requestAnimationFrame(() => {
      frame = 0;
      timer = setTimeout(step, 0);
    });
  };
  if (slices.length) importSlice();
  if (next < slices.length) schedule();
  else queueMicrotask(finish);
  return {
    total: { order: nodes.length, size: edges.length },
    flush: () => {
      if (done) return;
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      while (next < slices.length) importSlice();
      finish();
    },
  };
}

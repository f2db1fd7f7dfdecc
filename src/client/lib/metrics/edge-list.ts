// Reads a graph into the compact form the metrics worker takes (node keys, index arrays of edge ends), a few
// milliseconds at a time: a single pass over 500,000 edges would hold the page for longer than a frame allows.
import type Graph from "graphology";
import type { EdgeList } from "../layout/big-graph.ts";

export interface IndexedGraph {
  /** Node key → index into the values the worker sends back. */
  index: Map<string, number>;
  edges: EdgeList;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Null when `stale()` says the graph changed between two slices (the caller starts again later). Each slice works
 * until `sliceMs` has passed, then gives the page back for a turn.
 */
export async function readIndexedGraph(
  graph: Graph,
  stale: () => boolean,
  sliceMs = 20,
  pause: () => Promise<void> = nextTask,
): Promise<IndexedGraph | null> {
  const index = new Map<string, number>();
  const sources = new Int32Array(graph.size);
  const targets = new Int32Array(graph.size);
  let deadline = performance.now() + sliceMs;
  const breathe = async (): Promise<boolean> => {
    if (performance.now() < deadline) return true;
    await pause();
    deadline = performance.now() + sliceMs;
    return !stale();
  };
  let i = 0;
  for (const key of graph.nodeEntries()) {
    index.set(key.node, i++);
    if ((i & 1023) === 0 && !(await breathe())) return null;
  }
  let e = 0;
  for (const { source, target } of graph.edgeEntries()) {
    sources[e] = index.get(source)!;
    targets[e++] = index.get(target)!;
    if ((e & 1023) === 0 && !(await breathe())) return null;
  }
  return { index, edges: { n: index.size, sources, targets } };
}

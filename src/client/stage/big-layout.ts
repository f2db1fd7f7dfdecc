// Lays out a big data graph in a web worker (coarse-to-fine) and writes the positions back in one pass per stage.
import type { ExplorerGraph } from "../lib/graph/index.ts";
import { REFINE, type EdgeList, type LayoutReply, type LayoutRequest } from "../lib/layout/index.ts";
import { markOnce, measureOnce } from "../lib/timing-marks.ts";

/** Node keys in index order, and the edge list over those indexes. */
function edgeList(graph: ExplorerGraph): { keys: string[]; edges: EdgeList } {
  const keys = graph.nodes();
  const index = new Map<string, number>();
  keys.forEach((key, i) => index.set(key, i));
  const sources = new Int32Array(graph.size);
  const targets = new Int32Array(graph.size);
  let e = 0;
  graph.forEachEdge((_edge, _attrs, source, target) => {
    sources[e] = index.get(source)!;
    targets[e++] = index.get(target)!;
  });
  return { keys, edges: { n: keys.length, sources, targets } };
}

function applyPositions(graph: ExplorerGraph, keys: readonly string[], xy: Float64Array): void {
  const index = new Map<string, number>();
  keys.forEach((key, i) => index.set(key, i));
  // A node that left meanwhile is simply skipped; one that arrived meanwhile keeps its seeded place.
  graph.updateEachNodeAttributes(
    (key, a) => {
      const i = index.get(key);
      if (i === undefined) return a;
      a.x = xy[2 * i]!;
      a.y = xy[2 * i + 1]!;
      return a;
    },
    { attributes: ["x", "y"] },
  );
}

/** Starts the worker; `onDone` runs after the last positions are applied. Returns a cancel function. */
export function layOutBigGraph(graph: ExplorerGraph, onDone: () => void): () => void {
  const started = performance.now();
  const { keys, edges } = edgeList(graph);
  const worker = new Worker(new URL("../workers/layout-worker.ts", import.meta.url), { type: "module" });
  const refineBudgetMs = edges.n > REFINE.maxNodes ? 0 : REFINE.budgetMs;
  const request: LayoutRequest = { edges, refineBudgetMs, refineMaxIterations: REFINE.maxIterations };
  worker.onmessage = (event: MessageEvent<LayoutReply>) => {
    const reply = event.data;
    applyPositions(graph, keys, reply.xy);
    if (reply.stage === "coarse") markOnce("kg:layout-coarse");
    if (!reply.final) return;
    worker.terminate();
    markOnce("kg:layout-done");
    measureOnce("kg:layout-worker", started, {
      coarseMs: reply.coarseMs,
      refineIterations: reply.refineIterations,
      refineMsPerIteration: reply.refineMsPerIteration,
      nodes: edges.n,
      edges: edges.sources.length,
    });
    onDone();
  };
  worker.onerror = (event) => {
    // The seeded positions stay: a worse picture, but a usable one.
    console.warn(`The layout worker failed: ${event.message}`);
    worker.terminate();
    onDone();
  };
  worker.postMessage(request, [edges.sources.buffer, edges.targets.buffer]);
  return () => worker.terminate();
}

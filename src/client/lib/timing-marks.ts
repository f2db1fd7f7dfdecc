// Performance marks a benchmark reads from outside (performance.getEntriesByName), without reaching into the app.
//
// Marks (performance.mark, time since navigation start):
//   kg:data-fetched  the first view's graph payload is in memory and validated (snapshot: fetched and parsed);
//   kg:graph-built   the data graph holds the first view's nodes and edges (one graph.import);
//   kg:first-render  Sigma has drawn the first frame (body[data-graph-ready] is set at the same moment);
//   kg:layout-coarse big graphs only: the coarse layout's positions are on screen;
//   kg:layout-done   the first view is laid out (small graphs: synchronously; big ones: when the worker is done).
// Measures (performance.measure, `detail` holds numbers):
//   kg:layout-worker  from handing the graph to the worker to its final positions applied;
//                     detail = { coarseMs, refineIterations, refineMsPerIteration, nodes, edges }.
// Each mark is set once per page load: later views (expansions, queries) do not move them.

export type TimingMark =
  "kg:data-fetched" | "kg:graph-built" | "kg:first-render" | "kg:layout-coarse" | "kg:layout-done";

export function markOnce(name: TimingMark): void {
  if (performance.getEntriesByName(name, "mark").length === 0) performance.mark(name);
}

export function measureOnce(name: "kg:layout-worker", start: number, detail: Record<string, number>): void {
  if (performance.getEntriesByName(name, "measure").length === 0)
    performance.measure(name, { start, end: performance.now(), detail });
}

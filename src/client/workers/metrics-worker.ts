// Web worker: computes network measures (degree, PageRank, Louvain communities, betweenness) off the main thread and
// posts each one's values as soon as it is done, transferred, not copied.
import { computeMeasure } from "../lib/metrics/compute.ts";
import { MEASURE_ORDER, type MeasureReply, type MeasureRequest } from "../lib/metrics/worker-messages.ts";

import type { EdgeList } from "../lib/layout/big-graph.ts";

/** The graph last sent: the page sends it once per version of its graph, not once per measure. */
let kept: EdgeList | null = null;

self.onmessage = (event: MessageEvent<MeasureRequest>) => {
  const { id, measures } = event.data;
  kept = event.data.edges ?? kept;
  const edges = kept;
  if (!edges) {
    for (const measure of measures) self.postMessage({ id, kind: "error", measure, message: "no graph was sent" });
    return;
  }
  for (const measure of MEASURE_ORDER.filter((m) => measures.includes(m))) {
    try {
      const result = computeMeasure(measure, edges);
      const reply: MeasureReply = { id, kind: "result", result };
      self.postMessage(reply, { transfer: [result.values.buffer] });
    } catch (error) {
      const reply: MeasureReply = {
        id,
        kind: "error",
        measure,
        message: error instanceof Error ? error.message : String(error),
      };
      self.postMessage(reply);
    }
  }
};

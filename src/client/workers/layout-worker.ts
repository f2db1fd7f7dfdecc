// Web worker: coarse-to-fine layout of a big graph, off the main thread; posts coarse positions, then refined ones.
import { coarsePositions, refinePositions } from "../lib/layout/coarse-to-fine.ts";
import type { LayoutReply, LayoutRequest } from "../lib/layout/worker-messages.ts";

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { edges, refineBudgetMs, refineMaxIterations } = event.data;
  const start = performance.now();
  const xy = coarsePositions(edges);
  const coarseMs = performance.now() - start;
  const final = refineBudgetMs <= 0;
  const coarse: LayoutReply = {
    stage: "coarse",
    final,
    xy: final ? xy : xy.slice(),
    coarseMs,
    refineIterations: 0,
    refineMsPerIteration: 0,
  };
  self.postMessage(coarse, { transfer: [coarse.xy.buffer] });
  if (final) return;
  const refined = refinePositions(edges, xy, refineBudgetMs, refineMaxIterations);
  const reply: LayoutReply = {
    stage: "refined",
    final: true,
    xy,
    coarseMs,
    refineIterations: refined.iterations,
    refineMsPerIteration: refined.msPerIteration,
  };
  self.postMessage(reply, { transfer: [xy.buffer] });
};

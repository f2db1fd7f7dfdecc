// What the main thread and the layout worker say to each other.
import type { EdgeList } from "./big-graph.ts";

export interface LayoutRequest {
  edges: EdgeList;
  /** Wall-clock budget of the ForceAtlas2 refinement after the coarse pass; 0 skips it. */
  refineBudgetMs: number;
  refineMaxIterations: number;
}

export interface LayoutReply {
  /** "coarse" comes first; "refined" follows unless the request skipped refinement. */
  stage: "coarse" | "refined";
  /** [x0, y0, x1, y1, ...] by node index. */
  xy: Float64Array;
  coarseMs: number;
  refineIterations: number;
  refineMsPerIteration: number;
}

/** Refinement budget: enough for tens of iterations at 10k nodes, two or three at 100k. */
export const REFINE = { budgetMs: 2_500, maxIterations: 200 } as const;

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
  /** No further reply follows. */
  final: boolean;
  /** [x0, y0, x1, y1, ...] by node index. */
  xy: Float64Array;
  coarseMs: number;
  refineIterations: number;
  refineMsPerIteration: number;
}

/**
 * Refinement budget: about 40 iterations at 10k nodes. Above `maxNodes` it is skipped: at 100k nodes one
 * iteration takes about 1.4 s, two barely move anything, and each stage applied costs the page a full redraw.
 */
export const REFINE = { budgetMs: 2_500, maxIterations: 200, maxNodes: 50_000 } as const;

// What the main thread and the metrics worker say to each other: edges as index arrays, values as one typed array.
import type { NetworkMeasure } from "../../../shared/index.ts";
import type { EdgeList } from "../layout/big-graph.ts";
import type { MeasureResult } from "./types.ts";

export interface MeasureRequest {
  id: number;
  measures: readonly NetworkMeasure[];
  /** The graph, the first time it is measured; later measures of the same graph use the copy the worker kept. */
  edges: EdgeList | null;
}

/** One reply per measure, as each is done (cheap ones first), so the page can use it at once. */
export type MeasureReply =
  | { id: number; kind: "result"; result: MeasureResult }
  | { id: number; kind: "error"; measure: NetworkMeasure; message: string };

/** Cheap measures first: a size by degree shows at once while betweenness is still being estimated. */
export const MEASURE_ORDER: readonly NetworkMeasure[] = ["degree", "pagerank", "community", "betweenness"];

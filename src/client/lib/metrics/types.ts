// What a computed network measure looks like: one number per node, in the order of the node keys it was asked for.
import type { NetworkMeasure } from "../../../shared/index.ts";
import type { EdgeList } from "../layout/big-graph.ts";

export type { EdgeList };

export interface MeasureResult {
  measure: NetworkMeasure;
  /** By node index (the order of the keys sent). Communities are 0, 1, 2... largest first. */
  values: Float64Array;
  /** Wall-clock time of the computation where it ran (worker or page), ms. */
  ms: number;
  /** Betweenness on a big graph is estimated from this many source nodes (null: every node, exact). */
  sources: number | null;
  /** Louvain only: how many communities, and the partition's modularity. */
  communities: number | null;
  modularity: number | null;
}

/** Names people read in the Style panel and in table headers. */
export const MEASURE_TITLES: Readonly<Record<NetworkMeasure, string>> = {
  degree: "Degree",
  betweenness: "Betweenness",
  pagerank: "PageRank",
  community: "Community",
};

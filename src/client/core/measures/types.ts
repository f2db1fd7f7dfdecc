// Network measures of the graph in view: which are being computed, the latest values of each, and the table's choice.
import type { NetworkMeasure } from "../../../shared/index.ts";
import type { MeasureResult } from "../../lib/metrics/index.ts";

/** One measure's values: for the graph as it was at `version`, node key → index into `result.values`. */
export interface MeasureEntry {
  version: number;
  index: ReadonlyMap<string, number>;
  result: MeasureResult;
}

export interface MeasuresState {
  /** The latest values of each measure; kept on show while a newer graph is being measured. */
  entries: Partial<Record<NetworkMeasure, MeasureEntry>>;
  /** Measures being computed now. */
  computing: readonly NetworkMeasure[];
  /** Measures whose last computation failed, with why. */
  failures: Partial<Record<NetworkMeasure, string>>;
  /** Measures the result table shows as columns beside each node column. */
  tableColumns: readonly NetworkMeasure[];
}

export const INITIAL_MEASURES: MeasuresState = { entries: {}, computing: [], failures: {}, tableColumns: [] };

// Pure transitions of the network measures: computing, computed, failed, and the table's measure columns.
import type { NetworkMeasure } from "../../../shared/index.ts";
import type { MeasureEntry, MeasuresState } from "./types.ts";

export function measuresComputing(state: MeasuresState, measures: readonly NetworkMeasure[]): MeasuresState {
  const computing = [...new Set([...state.computing, ...measures])];
  return computing.length === state.computing.length ? state : { ...state, computing };
}

export function measureComputed(state: MeasuresState, entry: MeasureEntry): MeasuresState {
  const measure = entry.result.measure;
  const { [measure]: _gone, ...failures } = state.failures;
  return {
    ...state,
    entries: { ...state.entries, [measure]: entry },
    computing: state.computing.filter((m) => m !== measure),
    failures,
  };
}

export function measureFailed(state: MeasuresState, measure: NetworkMeasure, message: string): MeasuresState {
  return {
    ...state,
    computing: state.computing.filter((m) => m !== measure),
    failures: { ...state.failures, [measure]: message },
  };
}

/** A computation given up (the graph changed under it): no longer computing, values kept. */
export function measuresAbandoned(state: MeasuresState): MeasuresState {
  return state.computing.length ? { ...state, computing: [] } : state;
}

export function tableColumnToggled(state: MeasuresState, measure: NetworkMeasure): MeasuresState {
  const tableColumns = state.tableColumns.includes(measure)
    ? state.tableColumns.filter((m) => m !== measure)
    : [...state.tableColumns, measure];
  return { ...state, tableColumns };
}

/** The value of a measure for a node, when it was computed with the node in view. */
export function measureValue(state: MeasuresState, measure: NetworkMeasure, key: string): number | undefined {
  const entry = state.entries[measure];
  const i = entry?.index.get(key);
  return i === undefined ? undefined : entry!.result.values[i];
}

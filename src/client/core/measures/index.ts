// Network measures: state, transitions and actions.
import type { NetworkMeasure } from "../../../shared/index.ts";
import { sliceUpdater, type Store } from "../../lib/create-store.ts";
import type { MeasureEntry, MeasuresState } from "./types.ts";
import {
  measureComputed,
  measureFailed,
  measuresAbandoned,
  measuresComputing,
  tableColumnToggled,
} from "./transitions.ts";

export * from "./types.ts";
export * from "./transitions.ts";

export function createMeasuresActions<S extends { measures: MeasuresState }>(store: Store<S>) {
  const apply = sliceUpdater<"measures", MeasuresState, S>(store, "measures");
  return {
    computing: (measures: readonly NetworkMeasure[]) => apply((s) => measuresComputing(s, measures)),
    computed: (entry: MeasureEntry) => apply((s) => measureComputed(s, entry)),
    failed: (measure: NetworkMeasure, message: string) => apply((s) => measureFailed(s, measure, message)),
    abandoned: () => apply(measuresAbandoned),
    toggleTableColumn: (measure: NetworkMeasure) => apply((s) => tableColumnToggled(s, measure)),
  };
}
export type MeasuresActions = ReturnType<typeof createMeasuresActions>;

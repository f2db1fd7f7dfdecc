// The last query result (saved or typed-in): run lifecycle, table order, and actions.
import type { GraphPayload } from "../../../shared/index.ts";
import { sliceUpdater, type Store } from "../../lib/create-store.ts";
import type { SortState } from "../../lib/table/index.ts";
import type { ResultSource, ResultState, RunFailure } from "./types.ts";
import {
  resultCleared,
  resultColumnToggled,
  resultSorted,
  runFailed,
  runStarted,
  runSucceeded,
} from "./transitions.ts";

export * from "./types.ts";
export * from "./transitions.ts";

export function createResultActions<S extends { result: ResultState }>(store: Store<S>) {
  const apply = sliceUpdater<"result", ResultState, S>(store, "result");
  let runs = 0;
  return {
    /** Returns the run's id: answers of older runs are dropped when they arrive late. */
    started: (source: ResultSource): number => {
      const id = ++runs;
      apply((s) => runStarted(s, source, id));
      return id;
    },
    succeeded: (id: number, payload: GraphPayload) => apply((s) => runSucceeded(s, id, payload)),
    failed: (id: number, failure: RunFailure) => apply((s) => runFailed(s, id, failure)),
    sortBy: (column: string) => apply((s) => resultSorted(s, column)),
    /** A link's table order, put back once its result is in. */
    sortTo: (sort: SortState) => apply((s) => (s.status === "ready" ? { ...s, sort } : s)),
    toggleColumn: (column: string) => apply((s) => resultColumnToggled(s, column)),
    clear: () => apply(resultCleared),
  };
}
export type ResultActions = ReturnType<typeof createResultActions>;

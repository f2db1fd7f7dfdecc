// Loading the graph: lifecycle state, transitions and actions.
import { sliceUpdater, type Store } from "../../lib/create-store.ts";
import type { BuildResult } from "../../lib/graph/index.ts";
import type { DataState, Failure } from "./types.ts";
import { loadFailed, loadStarted, loadSucceeded } from "./transitions.ts";

export * from "./types.ts";
export * from "./transitions.ts";

export function createDataActions<S extends { data: DataState }>(store: Store<S>) {
  const apply = sliceUpdater<"data", DataState, S>(store, "data");
  return {
    started: () => apply(loadStarted),
    succeeded: (result: BuildResult, startsEmpty = false) => apply((s) => loadSucceeded(s, result, startsEmpty)),
    failed: (failure: Failure) => apply((s) => loadFailed(s, failure)),
  };
}
export type DataActions = ReturnType<typeof createDataActions>;

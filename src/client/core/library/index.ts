// The saved-query library and which side-panel tab is open: state, transitions and actions.
import type { SavedQuery } from "../../../shared/index.ts";
import { sliceUpdater, type Store } from "../../lib/create-store.ts";
import type { Failure } from "../data/index.ts";
import type { LibraryState, WorkbenchTab } from "./types.ts";
import { queriesFailed, queriesLoaded, queriesRequested, selectQuery, showTab } from "./transitions.ts";

export * from "./types.ts";
export * from "./transitions.ts";

export function createLibraryActions<S extends { library: LibraryState }>(store: Store<S>) {
  const apply = sliceUpdater<"library", LibraryState, S>(store, "library");
  return {
    requested: () => apply(queriesRequested),
    loaded: (queries: SavedQuery[]) => apply((s) => queriesLoaded(s, queries)),
    failed: (failure: Failure) => apply((s) => queriesFailed(s, failure)),
    select: (name: string | null) => apply((s) => selectQuery(s, name)),
    showTab: (tab: WorkbenchTab) => apply((s) => showTab(s, tab)),
  };
}
export type LibraryActions = ReturnType<typeof createLibraryActions>;

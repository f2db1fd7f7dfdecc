// Legend filter: state, transitions and actions.
import { sliceUpdater, type Store } from "../../lib/create-store.ts";
import type { FilterState } from "./types.ts";
import { setHiddenCategories, toggleCategory } from "./transitions.ts";

export * from "./types.ts";
export * from "./transitions.ts";

export function createFilterActions<S extends { filter: FilterState }>(store: Store<S>) {
  const apply = sliceUpdater<"filter", FilterState, S>(store, "filter");
  return {
    toggle: (category: string) => apply((s) => toggleCategory(s, category)),
    set: (categories: readonly string[]) => apply((s) => setHiddenCategories(s, categories)),
  };
}
export type FilterActions = ReturnType<typeof createFilterActions>;

// Selection and hover: state, pure transitions, and the actions views call.
import { sliceUpdater, type Store } from "../../lib/create-store.ts";
import type { SelectionState } from "./types.ts";
import { clearSelection, hoverNode, selectNode } from "./transitions.ts";

export * from "./types.ts";
export * from "./transitions.ts";

export function createSelectionActions<S extends { selection: SelectionState }>(store: Store<S>) {
  const apply = sliceUpdater<"selection", SelectionState, S>(store, "selection");
  return {
    select: (node: string | null) => apply((s) => selectNode(s, node)),
    clear: () => apply(clearSelection),
    hover: (node: string | null) => apply((s) => hoverNode(s, node)),
  };
}
export type SelectionActions = ReturnType<typeof createSelectionActions>;

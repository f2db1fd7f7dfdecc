// Selection and hover: state, pure transitions, and the actions views call.
import { sliceUpdater, type Store } from "../../lib/create-store.ts";
import type { SelectionState } from "./types.ts";
import { clearSelection, hoverNode, selectNode } from "./transitions.ts";
import { arrowStep } from "./neighbour-step.ts";

export * from "./types.ts";
export * from "./transitions.ts";
export * from "./neighbour-step.ts";

export function createSelectionActions<S extends { selection: SelectionState }>(store: Store<S>) {
  const apply = sliceUpdater<"selection", SelectionState, S>(store, "selection");
  return {
    select: (node: string | null) => apply((s) => selectNode(s, node)),
    clear: () => apply(clearSelection),
    hover: (node: string | null) => apply((s) => hoverNode(s, node)),
    arrow: (key: Parameters<typeof arrowStep>[1], place: Parameters<typeof arrowStep>[2]) =>
      apply((s) => arrowStep(s, key, place)),
  };
}
export type SelectionActions = ReturnType<typeof createSelectionActions>;

// Diff: state, transitions and actions.
import type { GraphDiff } from "../../../shared/index.ts";
import { sliceUpdater, type Store } from "../../lib/create-store.ts";
import { goToStep, moveStep } from "./transitions.ts";
import type { DiffState } from "./types.ts";

export * from "./types.ts";
export * from "./transitions.ts";

export function createDiffActions<S extends { diff: DiffState }>(store: Store<S>) {
  const apply = sliceUpdater<"diff", DiffState, S>(store, "diff");
  return {
    loading: (source: string) => apply(() => ({ status: "loading", source })),
    loaded: (source: string, diff: GraphDiff) => apply(() => ({ status: "ready", source, diff, step: null })),
    failed: (source: string, message: string) => apply(() => ({ status: "error", source, message })),
    step: (step: number | null) => apply((s) => goToStep(s, step)),
    next: () => apply((s) => moveStep(s, 1)),
    previous: () => apply((s) => moveStep(s, -1)),
    clear: () => apply(() => ({ status: "none" })),
  };
}
export type DiffActions = ReturnType<typeof createDiffActions>;

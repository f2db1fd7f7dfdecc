// The selected node's detail: state, pure transitions and actions.
import type { NodeDetail } from "../../../shared/index.ts";
import { sliceUpdater, type Store } from "../../lib/create-store.ts";
import type { Failure } from "../data/index.ts";
import type { DetailState } from "./types.ts";
import { detailFailed, detailLoaded, detailRequested } from "./transitions.ts";

export * from "./types.ts";
export * from "./transitions.ts";
export * from "./disagreements.ts";

export function createDetailActions<S extends { detail: DetailState }>(store: Store<S>) {
  const apply = sliceUpdater<"detail", DetailState, S>(store, "detail");
  return {
    requested: (nodeId: string | null) => apply((s) => detailRequested(s, nodeId)),
    loaded: (nodeId: string, detail: NodeDetail) => apply((s) => detailLoaded(s, nodeId, detail)),
    failed: (nodeId: string, failure: Failure, fallback: NodeDetail | null) =>
      apply((s) => detailFailed(s, nodeId, failure, fallback)),
  };
}
export type DetailActions = ReturnType<typeof createDetailActions>;

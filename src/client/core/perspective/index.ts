// Perspective: state, transitions and actions.
import { sliceUpdater, type Store } from "../../lib/create-store.ts";
import type { GraphSchema, LabelStyle, NodeRules, PerspectiveResponse } from "../../../shared/index.ts";
import type { PerspectiveState } from "./types.ts";
import {
  perspectiveFailed,
  perspectiveLoaded,
  resetPerspective,
  schemaLoaded,
  setNodeRules,
  styleLabel,
} from "./transitions.ts";

export * from "./types.ts";
export * from "./transitions.ts";
export { schemaFromGraph } from "./schema-from-graph.ts";

export function createPerspectiveActions<S extends { perspective: PerspectiveState }>(store: Store<S>) {
  const apply = sliceUpdater<"perspective", PerspectiveState, S>(store, "perspective");
  return {
    loaded: (response: PerspectiveResponse) => apply((s) => perspectiveLoaded(s, response)),
    failed: () => apply(perspectiveFailed),
    schemaLoaded: (schema: GraphSchema) => apply((s) => schemaLoaded(s, schema)),
    style: (label: string, change: Partial<LabelStyle>) => apply((s) => styleLabel(s, label, change)),
    nodeRules: (change: Partial<NodeRules>) => apply((s) => setNodeRules(s, change)),
    reset: () => apply(resetPerspective),
  };
}
export type PerspectiveActions = ReturnType<typeof createPerspectiveActions>;

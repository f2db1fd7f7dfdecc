// The scene: which nodes are in view and the expansions that brought them; state, transitions, actions.
import { sliceUpdater, type Store } from "../../lib/create-store.ts";
import type { NeighbourPage, SceneState } from "./types.ts";
import { applyNeighbourPage, collapse, hideNodes, setNodes, showNodes } from "./transitions.ts";

export * from "./types.ts";
export * from "./transitions.ts";

export function createSceneActions<S extends { scene: SceneState }>(store: Store<S>) {
  const apply = sliceUpdater<"scene", SceneState, S>(store, "scene");
  return {
    set: (keys: readonly string[]) => apply((s) => setNodes(s, keys)),
    show: (keys: readonly string[]) => apply((s) => showNodes(s, keys)),
    hide: (keys: readonly string[]) => apply((s) => hideNodes(s, keys)),
    expanded: (page: NeighbourPage) => apply((s) => applyNeighbourPage(s, page)),
    collapse: (center: string, neighboursOf: (key: string) => Iterable<string>) =>
      apply((s) => collapse(s, center, neighboursOf)),
  };
}
export type SceneActions = ReturnType<typeof createSceneActions>;

// Fetches the selected node's detail, cancelling stale requests and falling back to the loaded graph.
import type { ApiClient } from "../api/index.ts";
import { describeFailure, isAbort } from "../api/index.ts";
import type { AppState, Actions } from "../core/store/index.ts";
import { localNodeDetail } from "../core/detail/index.ts";
import type { ExplorerGraph } from "../lib/graph/index.ts";
import type { Store } from "../lib/create-store.ts";

export function mountDetailLoader(
  source: ApiClient,
  graph: ExplorerGraph,
  store: Store<AppState>,
  actions: Actions,
): void {
  let inFlight: AbortController | null = null;
  const load = (nodeId: string | null) => {
    inFlight?.abort();
    inFlight = null;
    actions.detail.requested(nodeId);
    if (nodeId === null) return;
    const controller = new AbortController();
    inFlight = controller;
    source.call("node", { params: { id: nodeId } }, controller.signal).then(
      (detail) => actions.detail.loaded(nodeId, detail),
      (error: unknown) => {
        if (isAbort(error)) return;
        actions.detail.failed(nodeId, describeFailure(error), localNodeDetail(graph, nodeId));
      },
    );
  };
  store.watch((s) => s.selection.selected, load);
  // A selection made before the stage existed (a link with sel=) still needs its detail.
  if (store.get().selection.selected !== null) load(store.get().selection.selected);
}

// Path finder commands: choose endpoints, fetch the k shortest paths, show them, pick one route.
import { describeFailure, isAbort } from "../api/index.ts";
import { addNodes, addPayload, linkIdOf } from "../lib/catalog/index.ts";
import { snapshotOf } from "../core/history/index.ts";
import { currentRoute, nodesOnRoutes, type PathEnd } from "../core/paths/index.ts";
import type { GraphPath, WireNode } from "../../shared/index.ts";
import { fetchRoutes } from "./path-fetch.ts";
import { inView, loadDetails, MAX_EDGE_COMPLETION, nameOf, type CommandContext } from "./command-context.ts";

export function createPathCommands(ctx: CommandContext) {
  const { actions, store, source, catalog } = ctx;

  /** `route` is the route to show, or a test picking it among those found (the first when none passes). */
  const find = async (route: number | ((path: GraphPath) => boolean) = 0): Promise<void> => {
    const { from, to, via } = store.get().paths;
    if (from === null || to === null) return;
    const before = snapshotOf(store.get());
    actions.paths.requested();
    try {
      const stop = via === null ? null : linkIdOf(catalog, via);
      const response = await fetchRoutes(source, linkIdOf(catalog, from), linkIdOf(catalog, to), stop);
      addPayload(catalog, response);
      const onRoutes = nodesOnRoutes(response);
      await loadDetails(ctx, onRoutes.filter((key) => !inView(ctx, key)).slice(0, MAX_EDGE_COMPLETION));
      actions.history.record(
        `Paths ${nameOf(ctx, from)} → ${via === null ? "" : `${nameOf(ctx, via)} → `}${nameOf(ctx, to)}`,
        () => {
          actions.scene.show(onRoutes);
          actions.paths.loaded(
            response,
            typeof route === "number" ? route : Math.max(0, response.paths.findIndex(route)),
          );
        },
        before,
      );
      const shown = currentRoute(store.get().paths);
      if (shown) actions.camera.fit(shown.nodes);
    } catch (error) {
      if (!isAbort(error)) actions.paths.failed(describeFailure(error));
    }
  };

  return {
    find,
    setEndpoint(end: PathEnd, key: string | null, known?: WireNode): void {
      if (known) addNodes(catalog, [known]);
      actions.paths.setEndpoint(end, key);
      const { from, to } = store.get().paths;
      if (from !== null && to !== null && from !== to) void find();
    },
    /**
     * Shows a chain of nodes (a story's) in the path finder: its ends, its middle node as the "through" stop, and the
     * chain itself as the chosen route among the others found.
     */
    followChain(nodes: readonly string[]): Promise<void> {
      if (nodes.length < 2) return Promise.resolve();
      actions.paths.setEndpoint("from", nodes[0]!);
      actions.paths.setEndpoint("to", nodes.at(-1)!);
      actions.paths.setEndpoint("via", nodes.length > 2 ? nodes[Math.floor(nodes.length / 2)]! : null);
      return find((path) => path.nodes.length === nodes.length && path.nodes.every((key, i) => key === nodes[i]));
    },
    swap(): void {
      actions.paths.swap();
      void find();
    },
    selectRoute(route: number): void {
      actions.paths.selectRoute(route);
      const shown = currentRoute(store.get().paths);
      if (shown) actions.camera.fit(shown.nodes);
    },
    clear: () => actions.history.record("Clear paths", () => actions.paths.clear()),
  };
}
export type PathCommands = ReturnType<typeof createPathCommands>;

// Expand (page by page, filtered), load more, collapse, hide and pin: the commands on one node.
import { addPayload } from "../lib/catalog/index.ts";
import { collapseTargets, expansionOf, NO_FILTER, type NeighbourFilter } from "../core/scene/index.ts";
import {
  inView,
  loadDetails,
  MAX_EDGE_COMPLETION,
  nameOf,
  withActivity,
  type CommandContext,
} from "./command-context.ts";

/** Neighbours per page: "showing 50 of N, load more". */
export const NEIGHBOUR_PAGE = 50;

function summary(name: string, added: number, loaded: number, total: number): string {
  const nodes = added === 0 ? "no new nodes (all were already in view)" : `${added} new node${added === 1 ? "" : "s"}`;
  const shown =
    loaded < total
      ? `showing ${loaded} of ${total} relationships`
      : `all ${total} relationship${total === 1 ? "" : "s"}`;
  return `${name}: ${nodes}; ${shown}.`;
}

export function createExpandCommands(ctx: CommandContext) {
  const { actions, store, source, catalog, graph } = ctx;

  const expand = async (key: string, filter: NeighbourFilter = NO_FILTER, more = false): Promise<void> => {
    const record = expansionOf(store.get().scene, key);
    const cursor = more ? record?.nextCursor : undefined;
    if (more && !cursor) return;
    const useFilter = more && record ? record.filter : filter;
    const name = nameOf(ctx, key);
    const what = `Loading the neighbours of ${name}…`;
    const page = await withActivity(ctx, what, async () => {
      const response = await source.call("neighbors", {
        params: { id: key },
        query: { types: useFilter.types, labels: useFilter.labels, limit: NEIGHBOUR_PAGE, cursor: cursor ?? undefined },
      });
      addPayload(catalog, response);
      const fresh = response.nodes.map((n) => n.id).filter((id) => id !== key && !inView(ctx, id));
      await loadDetails(ctx, fresh.slice(0, MAX_EDGE_COMPLETION));
      return response;
    });
    if (!page) return;
    const received = page.nodes.map((n) => n.id).filter((id) => id !== page.center.id);
    const before = new Set(store.get().scene.nodes);
    actions.history.record(`Expand ${name}`, () =>
      actions.scene.expanded({
        center: key,
        received,
        filter: useFilter,
        count: page.relationships.length,
        total: page.total,
        nextCursor: page.nextCursor,
        more,
      }),
    );
    const added = received.filter((id) => !before.has(id));
    const loaded = expansionOf(store.get().scene, key)?.loaded ?? page.relationships.length;
    actions.activity.finished(what, "info", summary(name, added.length, loaded, page.total));
    if (added.length > 0) actions.camera.fit([key, ...added]);
  };

  const neighboursInView = (key: string): string[] => (graph.hasNode(key) ? graph.neighbors(key) : []);

  return {
    expand,
    loadMore: (key: string) => expand(key, NO_FILTER, true),
    /** What collapsing would remove (empty: nothing to collapse). */
    collapseTargets: (key: string) => collapseTargets(store.get().scene, key, neighboursInView),
    collapse(key: string): void {
      const name = nameOf(ctx, key);
      const removed = collapseTargets(store.get().scene, key, neighboursInView).length;
      actions.history.record(`Collapse ${name}`, () => actions.scene.collapse(key, neighboursInView));
      actions.activity.say(
        "info",
        removed === 0
          ? `${name}: nothing to collapse.`
          : `${name}: ${removed} node${removed === 1 ? "" : "s"} collapsed.`,
      );
    },
    hide(key: string): void {
      const name = nameOf(ctx, key);
      actions.history.record(`Hide ${name}`, () => {
        if (store.get().selection.selected === key) actions.selection.clear();
        actions.scene.hide([key]);
      });
      actions.activity.say("info", `${name} hidden. Back brings it again.`);
    },
    togglePin: (key: string) => actions.pins.toggle(key),
  };
}
export type ExpandCommands = ReturnType<typeof createExpandCommands>;

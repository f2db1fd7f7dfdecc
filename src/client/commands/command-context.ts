// What the explorer's commands share: the data source, the store, the catalog and the drawn graph,
// plus the helpers every command uses (activity messages, names, loading nodes in bulk).
import type { ApiClient } from "../api/index.ts";
import { ApiRequestError, describeFailure, isAbort, wholeGraph } from "../api/index.ts";
import type { Actions, AppState } from "../core/store/index.ts";
import { addDetail, addPayload, type Catalog } from "../lib/catalog/index.ts";
import type { ExplorerGraph } from "../lib/graph/index.ts";
import { displayNameOf } from "../../shared/index.ts";
import type { Store } from "../lib/create-store.ts";

export interface CommandContext {
  source: ApiClient;
  store: Store<AppState>;
  actions: Actions;
  catalog: Catalog;
  graph: ExplorerGraph;
}

/** Most node details fetched at once: enough to fill the pipe, few enough to stay polite. */
const PARALLEL = 6;
/** Newcomers beyond this many are shown without asking for their links to the rest of the view. */
export const MAX_EDGE_COMPLETION = 100;

export function nameOf(ctx: CommandContext, key: string): string {
  const node = ctx.catalog.nodes.get(key);
  return node ? displayNameOf(node.properties, ctx.store.get().preferences.language, key) : key;
}

export function inView(ctx: CommandContext, key: string): boolean {
  return ctx.store.get().scene.nodes.includes(key);
}

/** Runs `work` with a loading notice; a failure becomes a message in the page (never a console error) and null. */
export async function withActivity<T>(ctx: CommandContext, what: string, work: () => Promise<T>): Promise<T | null> {
  ctx.actions.activity.started(what);
  try {
    return await work();
  } catch (error) {
    if (isAbort(error)) return null;
    const failure = describeFailure(error);
    ctx.actions.activity.finished(what, "error", `${failure.title}: ${failure.message}`);
    return null;
  }
}

/** Up to this many nodes in the database, one whole-graph request is cheaper than a detail request per newcomer. */
const SMALL_GRAPH = 2_000;
const prefetched = new WeakMap<object, Promise<void>>();

/** Once per page: when the database is small, learn every relationship at once (two requests instead of dozens). */
function prefetchSmallGraph(ctx: CommandContext): Promise<void> {
  let pending = prefetched.get(ctx.catalog);
  if (!pending) {
    pending = (async () => {
      const stats = await ctx.source.call("stats", {});
      if (stats.nodes > SMALL_GRAPH) return;
      const payload = await wholeGraph(ctx.source);
      addPayload(ctx.catalog, payload, !payload.summary.capped);
    })();
    // A failure (Neo4j down) is reported by the caller; the next command tries again.
    pending.catch(() => prefetched.delete(ctx.catalog));
    prefetched.set(ctx.catalog, pending);
  }
  return pending;
}

/**
 * Loads the details of the nodes the catalog does not know completely, so relationships between
 * newcomers and the rest of the view are drawn too. Unknown ids are returned; other failures throw.
 */
export async function loadDetails(
  ctx: CommandContext,
  ids: readonly string[],
): Promise<{ missing: string[]; resolved: Map<string, string> }> {
  const incomplete = (id: string) => {
    const key = ctx.catalog.nodes.has(id) ? id : ctx.catalog.bySlug.get(id);
    return key === undefined || !ctx.catalog.complete.has(key);
  };
  if (ids.some(incomplete)) await prefetchSmallGraph(ctx);
  const todo = ids.filter(incomplete);
  const missing: string[] = [];
  /** What each requested id (a slug, an element id or a name) turned out to be: the node's key. */
  const resolved = new Map<string, string>();
  for (let i = 0; i < todo.length; i += PARALLEL) {
    const batch = todo.slice(i, i + PARALLEL);
    const results = await Promise.allSettled(batch.map((id) => ctx.source.call("node", { params: { id } })));
    results.forEach((result, j) => {
      if (result.status === "fulfilled") {
        addDetail(ctx.catalog, result.value);
        resolved.set(batch[j] as string, result.value.node.id);
      } else if (result.reason instanceof ApiRequestError && result.reason.httpStatus === 404)
        missing.push(batch[j] as string);
      else throw result.reason;
    });
  }
  return { missing, resolved };
}

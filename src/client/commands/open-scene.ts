// Builds the scene from link state: the first scene on page load, and a browser entry the session no longer holds.
import type { GraphPayload } from "../../shared/index.ts";
import { describeFailure, isAbort, wholeGraph } from "../api/index.ts";
import { addPayload, addPayloadInSlices, resolveKey } from "../lib/catalog/index.ts";
import type { UrlState } from "../lib/url-state/index.ts";
import { nodesOnRoutes } from "../core/paths/index.ts";
import { markOnce } from "../lib/timing-marks.ts";
import { nextTask } from "../lib/next-task.ts";
import { fetchRoutes } from "./path-fetch.ts";
import { loadDetails, type CommandContext } from "./command-context.ts";

interface Resolved {
  keys: string[];
  problems: string[];
}

async function resolveIds(ctx: CommandContext, ids: readonly string[]): Promise<Resolved> {
  const { missing, resolved } = await loadDetails(ctx, ids);
  // A name in a hand-written link resolves through the API (GET /api/nodes/{id}), like a slug.
  const keys = ids
    .map((id) => resolveKey(ctx.catalog, id) ?? resolved.get(id) ?? null)
    .filter((key): key is string => key !== null);
  const problems = missing.length ? [`Not in the graph, left out: ${missing.join(", ")}.`] : [];
  return { keys, problems };
}

/** The scene a link describes; loads the whole graph only when the link is relative to it. */
/** What the first view of a big graph without the article's entities shows, said once it is up. */
export function firstViewNote(payload: GraphPayload): string | null {
  const total = payload.summary.total;
  if (!total || total.nodes <= payload.nodes.length || payload.nodes.length === 0) return null;
  const n = (x: number) => x.toLocaleString("en");
  return `Showing ${n(payload.nodes.length)} of ${n(total.nodes)} nodes (the busiest); search or expand to see more.`;
}

async function sceneKeys(ctx: CommandContext, state: UrlState): Promise<Resolved & { capped: boolean }> {
  if (state.nodes) return { ...(await resolveIds(ctx, state.nodes)), capped: false };
  const payload = await wholeGraph(ctx.source);
  const note = firstViewNote(payload);
  if (note) ctx.actions.activity.say("info", note);
  markOnce("kg:data-fetched");
  // What delivered the payload (offline: setting up the whole snapshot), the catalog's index of it (in slices) and
  // what builds the view from it run in tasks of their own, not one long one.
  await addPayloadInSlices(ctx.catalog, payload, !payload.summary.capped, nextTask);
  await nextTask();
  ctx.catalog.initial = payload.nodes.map((node) => node.id);
  const hidden = new Set((state.hide ?? []).map((id) => resolveKey(ctx.catalog, id) ?? id));
  const added = await resolveIds(ctx, state.add ?? []);
  const keys = [...ctx.catalog.initial.filter((key) => !hidden.has(key)), ...added.keys];
  return { keys, problems: added.problems, capped: payload.summary.capped };
}

/** Puts the link's view in place (scene, paths, selection, filter; language too when `withLanguage`). */
async function openState(
  ctx: CommandContext,
  state: UrlState,
  withLanguage: boolean,
): Promise<{ problems: string[]; capped: boolean }> {
  const { actions, source } = ctx;
  const scene = await sceneKeys(ctx, state);
  const problems = [...scene.problems];
  const keys = [...scene.keys];
  let paths = null;
  let viaKey: string | null = null;
  if (state.path) {
    const ends = await resolveIds(ctx, state.path);
    problems.push(...ends.problems);
    if (ends.keys.length === 2) {
      const via = state.via ? await resolveIds(ctx, [state.via]) : null;
      if (via) problems.push(...via.problems);
      paths = await fetchRoutes(source, state.path[0], state.path[1], via?.keys.length ? state.via! : null);
      viaKey = via?.keys[0] ?? null;
      addPayload(ctx.catalog, paths);
      keys.push(...nodesOnRoutes(paths));
    }
  }
  const selected = state.sel ? await resolveIds(ctx, [state.sel]) : null;
  if (selected) {
    problems.push(...selected.problems);
    keys.push(...selected.keys);
  }
  await loadDetails(ctx, keys.filter((key) => !ctx.catalog.complete.has(key)).slice(0, 200));
  if (withLanguage && state.lang) actions.preferences.setLanguage(state.lang);
  actions.filter.set(state.off ?? []);
  actions.time.setAsOf(state.asof ?? null);
  actions.scene.set(keys);
  actions.paths.clear();
  if (paths) {
    actions.paths.setEndpoint("from", paths.from.id);
    actions.paths.setEndpoint("to", paths.to.id);
    actions.paths.setEndpoint("via", viaKey);
    actions.paths.loaded(paths, (state.route ?? 1) - 1);
    actions.paths.setOrder(state.order ?? "shortest");
  }
  actions.selection.select(selected?.keys[0] ?? null);
  return { problems, capped: scene.capped };
}

/** Page load: the status overlay shows loading and failures; link problems are said once the view is up. */
export async function bootScene(ctx: CommandContext, state: UrlState, problems: readonly string[]): Promise<void> {
  const { actions, graph } = ctx;
  actions.data.started();
  try {
    const opened = await openState(ctx, state, true);
    actions.data.succeeded({ graph, skippedRelationships: [], capped: opened.capped }, state.nodes !== undefined);
    actions.history.start("Open");
    const all = [...problems, ...opened.problems];
    if (all.length) actions.activity.say("error", all.join(" "));
  } catch (error) {
    if (!isAbort(error)) actions.data.failed(describeFailure(error));
  }
}

/** Back/forward to an entry from before a reload: rebuild it from its URL, keeping the reader's language. */
export async function reopenScene(ctx: CommandContext, state: UrlState): Promise<void> {
  const what = "Opening the view of this link…";
  ctx.actions.activity.started(what);
  try {
    const opened = await openState(ctx, state, false);
    ctx.actions.history.start("Open");
    ctx.actions.activity.finished(
      what,
      opened.problems.length ? "error" : "info",
      opened.problems.join(" ") || "View restored from the link.",
    );
  } catch (error) {
    const failure = describeFailure(error);
    ctx.actions.activity.finished(what, "error", `${failure.title}: ${failure.message}`);
  }
}

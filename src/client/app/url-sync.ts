// Mirrors the view into the address bar: a step pushes a browser entry, anything else replaces the
// present one; back/forward restore the step (or rebuild it from its URL after a reload).
import type { Actions, AppState } from "../core/store/index.ts";
import { linkIdOf, type Catalog } from "../lib/catalog/index.ts";
import { presentEntry } from "../core/history/index.ts";
import {
  decodeUrlState,
  encodeUrlState,
  isQueryLinkKey,
  queryLinkPairs,
  urlStateOf,
  type LinkView,
  type UrlState,
} from "../lib/url-state/index.ts";
import type { Store } from "../lib/create-store.ts";

/** What each browser entry carries: entry ids restart with every page load, so they are only valid with their session. */
interface EntryState {
  explorerSession: string;
  explorerEntry: number;
}

const SESSION = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

function entryOf(value: unknown): number | null {
  const state = value as Partial<EntryState> | null;
  return state?.explorerSession === SESSION && typeof state.explorerEntry === "number" ? state.explorerEntry : null;
}

export function linkViewOf(state: AppState, catalog: Catalog): LinkView {
  const id = (key: string) => linkIdOf(catalog, key);
  const { paths } = state;
  const ready = paths.result.status === "ready" && paths.from !== null && paths.to !== null;
  return {
    nodes: state.scene.nodes.map(id),
    initial: catalog.initial?.map(id) ?? null,
    selected: state.selection.selected === null ? null : id(state.selection.selected),
    path:
      ready && paths.result.status === "ready"
        ? {
            from: id(paths.from!),
            to: id(paths.to!),
            route: paths.result.route,
            via: paths.via === null ? null : id(paths.via),
            order: paths.order,
          }
        : null,
    cypher: state.editor.text,
    language: state.preferences.language,
    hiddenCategories: state.filter.hiddenCategories,
    asOf: state.time.asOf,
  };
}

/** The saved query whose result is the view, as link keys; null when the view is something else. */
function resultLink(state: AppState): Array<readonly [string, string]> | null {
  const { result, scene } = state;
  if (result.status !== "ready" || result.source.kind !== "saved") return null;
  const shown = new Set(scene.nodes);
  const nodes = result.payload.nodes;
  if (nodes.length === 0 || nodes.length !== shown.size || !nodes.every((node) => shown.has(node.id))) return null;
  return queryLinkPairs(result.source.name, result.source.params, result.sort);
}

export function mountUrlSync(
  store: Store<AppState>,
  actions: Actions,
  catalog: Catalog,
  reopen: (state: UrlState) => void,
): void {
  // Keys other features own (embed=, query=...) ride along unchanged.
  // The query link's keys are rewritten from the result each time (see resultLink).
  const extra = (decodeUrlState(location.search).state.extra ?? []).filter(([key]) => !isQueryLinkKey(key));
  let lastEntry: number | null = null;
  let lastUrl = `${location.pathname}${location.search}${location.hash}`;
  let scheduled = false;

  const flush = () => {
    scheduled = false;
    const state = store.get();
    const entry = presentEntry(state.history);
    if (entry === null || state.data.status !== "ready") return;
    const linked = resultLink(state);
    const view: UrlState = urlStateOf(linkViewOf(state, catalog), [...extra, ...(linked ?? [])]);
    // A query's result is reopened by running the query again over the first view: same nodes, same places.
    if (linked) for (const key of ["nodes", "add", "hide"] as const) delete view[key];
    const url = `${location.pathname}${encodeUrlState(view)}${location.hash}`;
    const data: EntryState = { explorerSession: SESSION, explorerEntry: entry.id };
    if (entry.id !== lastEntry && state.history.last === "push") history.pushState(data, "", url);
    else if (entry.id !== lastEntry || url !== lastUrl) history.replaceState(data, "", url);
    lastEntry = entry.id;
    lastUrl = url;
  };

  // One address-bar update per burst of state changes (a step is several actions).
  store.subscribe(() => {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(flush);
  });

  window.addEventListener("popstate", (event) => {
    const id = entryOf(event.state);
    if (id !== null && actions.history.restore(id)) return;
    // An entry from before a reload (or typed by hand): rebuild it from its URL.
    reopen(decodeUrlState(location.search).state);
  });
}

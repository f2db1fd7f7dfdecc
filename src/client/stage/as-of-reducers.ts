// The as-of view on the stage: wraps the current reducers so facts not yet true at the chosen date are dimmed or
// hidden and ended periods are marked; the data graph is never touched.
import { asOfDay, factStatus, timeOf, type FactStatus } from "../../shared/index.ts";
import type { AppState } from "../core/store/index.ts";
import { asOfEdge, asOfNode, type AsOfColors } from "../core/time/index.ts";
import type { Store } from "../lib/create-store.ts";
import type { CanvasTheme } from "./canvas-theme.ts";
import type { ExplorerSigma } from "./sigma-stage.ts";

function endedColor(): string {
  return getComputedStyle(document.documentElement).getPropertyValue("--canvas-ended").trim() || "#c2255c";
}

/** Mount before presentation mode, which wraps whatever reducers it finds (these included). */
export function mountAsOfReducers(sigma: ExplorerSigma, store: Store<AppState>, theme: CanvasTheme): void {
  const graph = sigma.getGraph();
  // Statuses are memoised per key for one as-of date and one graph: a reducer runs for every item on every frame.
  let memo: { day: string | null; nodes: Map<string, FactStatus | null>; edges: Map<string, FactStatus | null> } = {
    day: null,
    nodes: new Map(),
    edges: new Map(),
  };
  const clear = () => (memo = { day: memo.day, nodes: new Map(), edges: new Map() });
  for (const event of ["nodeAdded", "nodeDropped", "edgeAdded", "edgeDropped", "cleared"] as const)
    graph.on(event, clear);
  const day = () => {
    const { asOf } = store.get().time;
    const now = asOf === null ? null : asOfDay(asOf);
    if (now !== memo.day) memo = { day: now, nodes: new Map(), edges: new Map() };
    return now;
  };
  const statusOf = (
    cache: Map<string, FactStatus | null>,
    key: string,
    properties: Record<string, unknown>,
    now: string,
  ) => {
    let status = cache.get(key);
    if (status === undefined) {
      const time = timeOf(properties);
      status = time ? factStatus(time, now) : null;
      cache.set(key, status);
    }
    return status;
  };
  // The dim colours live in `theme.colors`, which the theme controller and presentation mode update in place.
  let ended = endedColor();
  const colors = (): AsOfColors => ({ dimNode: theme.colors.dimNode, dimEdge: theme.colors.dimEdge, ended });

  const nodeReducer = sigma.getSetting("nodeReducer");
  const edgeReducer = sigma.getSetting("edgeReducer");
  sigma.setSetting("nodeReducer", (node, attrs) => {
    const display = nodeReducer ? nodeReducer(node, attrs) : attrs;
    const now = day();
    if (now === null) return display;
    const status = statusOf(memo.nodes, node, graph.getNodeAttributes(node).properties, now);
    return status === null || status === "current"
      ? display
      : asOfNode(display, status, store.get().time.hideNotYet, colors());
  });
  sigma.setSetting("edgeReducer", (edge, attrs) => {
    const display = edgeReducer ? edgeReducer(edge, attrs) : attrs;
    const now = day();
    if (now === null) return display;
    const status = statusOf(memo.edges, edge, graph.getEdgeAttributes(edge).properties, now);
    return status === null || status === "current"
      ? display
      : asOfEdge(display, status, store.get().time.hideNotYet, colors());
  });
  store.watch(
    (s) => s.time,
    () => sigma.refresh(),
  );
  // The ended colour is a CSS variable of the theme (and of presentation mode's high-contrast stage).
  const rereadEnded = () =>
    queueMicrotask(() => {
      ended = endedColor();
      sigma.refresh({ skipIndexation: true });
    });
  store.watch((s) => s.theme.name, rereadEnded);
  store.watch((s) => s.presentation.active, rereadEnded);
}

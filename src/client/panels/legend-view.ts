// Legend and filter: one toggle per node category in view with its count; switching one off hides
// those nodes through the reducers. Also the size of the view.
import type { Actions, AppState } from "../core/store/index.ts";
import { colorForCategory, legendEntries, viewSummary } from "../lib/appearance/index.ts";
import { EDGE_DRAW_LIMIT } from "../lib/layout/index.ts";
import type { ExplorerGraph } from "../lib/graph/index.ts";
import { h } from "../lib/dom.ts";
import type { Store } from "../lib/create-store.ts";

export function mountLegendView(
  element: HTMLElement,
  graph: ExplorerGraph,
  store: Store<AppState>,
  actions: Actions,
): void {
  const render = () => {
    const hidden = new Set(store.get().filter.hiddenCategories);
    const capped =
      store.get().data.status === "ready" &&
      store.get().data.status === "ready" &&
      (store.get().data as { capped?: boolean }).capped === true;
    const perspective = store.get().perspective.current;
    const entries = legendEntries(
      graph.mapNodes((_, attrs) => attrs.category),
      (category) => perspective?.labels[category]?.color ?? colorForCategory(category),
    );
    const focusedCategory = (document.activeElement as HTMLElement | null)?.dataset.category;
    const items = entries.map((entry) => {
      const swatch = h("span", { class: "swatch", "aria-hidden": "true" });
      swatch.style.backgroundColor = entry.color;
      const shown = !hidden.has(entry.category);
      const toggle = h(
        "button",
        {
          type: "button",
          class: "legend-toggle",
          "aria-pressed": String(shown),
          "data-category": entry.category,
          title: shown ? `Hide ${entry.category} nodes` : `Show ${entry.category} nodes`,
        },
        swatch,
        h("span", { class: "legend-label" }, entry.category),
        h("span", { class: "legend-count" }, String(entry.count)),
      );
      toggle.addEventListener("click", () => actions.filter.toggle(entry.category));
      return h(
        "li",
        {
          "data-testid": "legend-entry",
          "data-category": entry.category,
          "data-count": entry.count,
          "data-shown": String(shown),
        },
        toggle,
      );
    });
    const hiddenCount = entries.filter((e) => hidden.has(e.category)).reduce((n, e) => n + e.count, 0);
    const summary = viewSummary({
      nodes: graph.order,
      relationships: graph.size,
      hiddenByLegend: hiddenCount,
      capped,
      edgeDrawLimit: EDGE_DRAW_LIMIT,
    });
    element.replaceChildren(
      h("h2", { class: "sr-only" }, "Legend: click a category to hide or show it"),
      h("ul", { class: "legend-list" }, ...items),
      h("p", { class: "legend-summary", "data-testid": "graph-summary" }, summary),
    );
    if (focusedCategory)
      element.querySelector<HTMLElement>(`button[data-category="${CSS.escape(focusedCategory)}"]`)?.focus();
    element.hidden = false;
  };
  // Expansions add or remove many nodes at once: redraw once per frame, not per node.
  let frame = 0;
  const schedule = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(render);
  };
  render();
  for (const event of ["nodeAdded", "nodeDropped", "edgeAdded", "edgeDropped", "cleared"] as const)
    graph.on(event, schedule);
  store.watch((s) => s.filter, render);
  store.watch((s) => s.perspective.current, schedule);
}

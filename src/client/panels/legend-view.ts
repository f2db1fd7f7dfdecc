// Legend and filter: one toggle per node category in view with its count; switching one off hides
// those nodes through the reducers. Also the size of the view.
import type { Actions, AppState } from "../core/store/index.ts";
import { colorForCategory, legendEntries, viewSummary } from "../lib/appearance/index.ts";
import { EDGE_DRAW_LIMIT } from "../lib/layout/index.ts";
import type { ExplorerGraph } from "../lib/graph/index.ts";
import { h } from "../lib/dom.ts";
import type { Store } from "../lib/create-store.ts";
import { gradientColor } from "../lib/appearance/index.ts";
import { MEASURE_TITLES } from "../lib/metrics/index.ts";

/** When nodes are coloured by a network measure, the labels' swatches would mislead: say what colour means now. */
function measureNote(store: Store<AppState>): HTMLElement | null {
  const rule = store.get().perspective.current?.nodeRules?.color ?? "label";
  if (rule === "label") return null;
  const entry = store.get().measures.entries[rule];
  const text =
    rule === "community"
      ? `Colour: community (Louvain)${entry?.result.communities ? `, ${entry.result.communities.toLocaleString("en")} found` : ""}`
      : `Colour: ${MEASURE_TITLES[rule]}, pale (low) to deep (high)`;
  const ramp = h("span", { class: "legend-ramp", "aria-hidden": "true" });
  ramp.style.background =
    rule === "community"
      ? "conic-gradient(#3f6fb5, #d9483b, #2f9a5d, #8b5bb5, #e08a1e, #3f6fb5)"
      : `linear-gradient(90deg, ${gradientColor(0)}, ${gradientColor(1)})`;
  return h("p", { class: "legend-measure", "data-testid": "legend-measure" }, ramp, text);
}

export function mountLegendView(
  element: HTMLElement,
  graph: ExplorerGraph,
  store: Store<AppState>,
  actions: Actions,
): void {
  const render = () => {
    const hidden = new Set(store.get().filter.hiddenCategories);
    const capped = store.get().data.status === "ready" && (store.get().data as { capped?: boolean }).capped === true;
    const perspective = store.get().perspective.current;
    const entries = legendEntries(
      graph.mapNodes((_, attrs) => attrs.category),
      (category) => perspective?.labels[category]?.color ?? colorForCategory(category),
    );
    const note = measureNote(store);
    const focusedCategory = (document.activeElement as HTMLElement | null)?.dataset.category;
    const items = entries.map((entry) => {
      // Coloured by a measure: the label's colour is not on the stage, so its swatch is only an outline.
      const swatch = h("span", { class: note ? "swatch outline" : "swatch", "aria-hidden": "true" });
      if (note) swatch.style.borderColor = entry.color;
      else swatch.style.backgroundColor = entry.color;
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
    // The view's size comes first: with many categories the row scrolls, and its far end is under the fade.
    element.replaceChildren(
      h("h2", { class: "sr-only" }, "Legend: click a category to hide or show it"),
      h("p", { class: "legend-summary", "data-testid": "graph-summary" }, summary),
      h("ul", { class: "legend-list" }, ...items),
      note ?? "",
    );
    if (focusedCategory)
      element.querySelector<HTMLElement>(`button[data-category="${CSS.escape(focusedCategory)}"]`)?.focus();
    element.hidden = false;
    markOverflow();
  };
  // The row keeps one height and scrolls sideways: when it holds more than it shows, its edge fades to say so.
  const markOverflow = () => {
    const more = element.scrollWidth - element.clientWidth - element.scrollLeft > 1;
    if (element.dataset.more !== String(more)) element.dataset.more = String(more);
  };
  element.addEventListener("scroll", markOverflow, { passive: true });
  new ResizeObserver(markOverflow).observe(element);
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
  // New values matter to the legend only while nodes are coloured by a measure.
  store.watch(
    (s) => s.measures.entries,
    () => (store.get().perspective.current?.nodeRules?.color ?? "label") !== "label" && schedule(),
  );
}

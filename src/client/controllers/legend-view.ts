// Legend: one swatch per node category with its count, plus the size of the graph.
import { legendEntries } from "../core/appearance/index.ts";
import type { ExplorerGraph } from "../core/graph/index.ts";
import { h } from "../lib/dom.ts";

export function mountLegendView(element: HTMLElement, graph: ExplorerGraph, capped: boolean): void {
  const entries = legendEntries(graph.mapNodes((_, attrs) => attrs.category));
  const items = entries.map((entry) => {
    const swatch = h("span", { class: "swatch", "aria-hidden": "true" });
    swatch.style.backgroundColor = entry.color;
    return h(
      "li",
      { "data-testid": "legend-entry", "data-category": entry.category, "data-count": entry.count },
      swatch,
      h("span", { class: "legend-label" }, entry.category),
      h("span", { class: "legend-count" }, String(entry.count)),
    );
  });
  const summary = `${graph.order} nodes · ${graph.size} relationships${capped ? " (cut short by the server's result cap)" : ""}`;
  element.replaceChildren(
    h("h2", { class: "sr-only" }, "Legend"),
    h("ul", { class: "legend-list" }, ...items),
    h("p", { class: "legend-summary", "data-testid": "graph-summary" }, summary),
  );
  element.hidden = false;
}

// Pure mapping from node labels and degree to colour, size and legend entries.
import { CATEGORY_COLORS } from "../../../shared/index.ts";
import { EXTRA_COLORS, type LegendEntry } from "./types.ts";

function hash(text: string): number {
  let value = 0;
  for (const char of text) value = (value * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return value;
}

export function colorForCategory(category: string): string {
  return CATEGORY_COLORS[category] ?? EXTRA_COLORS[hash(category) % EXTRA_COLORS.length] ?? "#888888";
}

/** Square root keeps hubs prominent without letting one node swallow the picture. */
export function nodeSize(degree: number): number {
  return Math.min(20, 5 + 2.4 * Math.sqrt(Math.max(0, degree)));
}

/** One entry per category, most frequent first, ties alphabetical; `colorOf` may come from a perspective. */
export function legendEntries(
  categories: Iterable<string>,
  colorOf: (category: string) => string = colorForCategory,
): LegendEntry[] {
  const counts = new Map<string, number>();
  for (const category of categories) counts.set(category, (counts.get(category) ?? 0) + 1);
  return [...counts]
    .map(([category, count]) => ({ category, count, color: colorOf(category) }))
    .sort((a, b) => b.count - a.count || a.category.localeCompare(b.category));
}

/** The line under the legend: the view's size, what the legend hides, and what the stage leaves out and why. */
export function viewSummary(v: {
  nodes: number;
  relationships: number;
  hiddenByLegend: number;
  capped: boolean;
  edgeDrawLimit: number;
}): string {
  const parts = [`${v.nodes.toLocaleString("en")} nodes · ${v.relationships.toLocaleString("en")} relationships`];
  if (v.hiddenByLegend) parts.push(` · ${v.hiddenByLegend.toLocaleString("en")} hidden by the legend`);
  if (v.capped) parts.push(" (cut short by the server's result cap)");
  // Without this, a reader of a 500,000-edge view would think the nodes are unconnected.
  if (v.relationships > v.edgeDrawLimit)
    parts.push(
      ` · over ${v.edgeDrawLimit.toLocaleString("en")} relationships: only those of the hovered or selected node are drawn`,
    );
  return parts.join("");
}

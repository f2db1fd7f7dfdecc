// Legend entries and the fixed colour table for the article's node labels.
export interface LegendEntry {
  category: string;
  color: string;
  count: number;
}

/** Colours chosen to stay distinct from one another and readable on a light background. */
export const CATEGORY_COLORS: Readonly<Record<string, string>> = {
  Person: "#d9483b",
  Company: "#3f6fb5",
  Model: "#8b5bb5",
  Product: "#2f9a5d",
  Investment: "#e08a1e",
  Event: "#1f9aa8",
  Organization: "#8c6248",
  Place: "#c9a400",
  Source: "#6b7280",
};

/** Used, by a stable hash, for labels the table does not know yet. */
export const EXTRA_COLORS: readonly string[] = ["#d0608f", "#5b8c85", "#7d7fd6", "#a0773a", "#4f9bd9", "#9c9c2e"];

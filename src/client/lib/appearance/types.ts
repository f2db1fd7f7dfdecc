// Legend entries, and the colours of labels outside the article's table (src/shared/perspective.ts).
export interface LegendEntry {
  category: string;
  color: string;
  count: number;
}

/** Used, by a stable hash, for labels the table does not know yet. */
export const EXTRA_COLORS: readonly string[] = ["#d0608f", "#5b8c85", "#7d7fd6", "#a0773a", "#4f9bd9", "#9c9c2e"];

// Summaries of repeated measurements: min / median / max of runs, percentiles of request latencies.

export interface Spread {
  min: number;
  median: number;
  max: number;
}

/** Nearest-rank percentile (p in 0..100) of unsorted values. */
export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  return { min: sorted[0] ?? Number.NaN, median: percentile(sorted, 50), max: sorted[sorted.length - 1] ?? Number.NaN };
}

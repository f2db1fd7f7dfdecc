// Heavy-tailed choice: item r (0-based) is drawn with weight 1/(r+1)^s, so the first few of a kind become hubs.
import type { Rng } from "./rng.ts";

export interface ZipfTable {
  size: number;
  /** Cumulative weights, normalised so the last is 1. */
  cumulative: Float64Array;
}

export function zipfTable(size: number, exponent: number): ZipfTable {
  const cumulative = new Float64Array(size);
  let total = 0;
  for (let r = 0; r < size; r++) cumulative[r] = total += 1 / Math.pow(r + 1, exponent);
  for (let r = 0; r < size; r++) cumulative[r]! /= total;
  return { size, cumulative };
}

/** Binary search for the first cumulative weight above a uniform draw. */
export function drawZipf(table: ZipfTable, rng: Rng): number {
  const u = rng.float();
  let lo = 0;
  let hi = table.size - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (table.cumulative[mid]! > u) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Cumulative table over arbitrary weights (relationship rules). */
export function weightedTable(weights: readonly number[]): ZipfTable {
  const cumulative = new Float64Array(weights.length);
  const total = weights.reduce((a, b) => a + b, 0);
  let sum = 0;
  weights.forEach((w, i) => (cumulative[i] = (sum += w) / total));
  return { size: weights.length, cumulative };
}

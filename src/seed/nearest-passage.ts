// The passage of a text closest to a quote that is not in it (fewest edits, any start): what a load error shows.

export interface NearestPassage {
  start: number;
  end: number;
  text: string;
  /** Characters to insert, delete or change to turn the passage into the quote. */
  edits: number;
}

/**
 * Approximate substring search (Sellers' algorithm): edit distance where the passage may start anywhere in the text
 * for free. O(quote × text) time, one row of memory plus start tracking; run only when a quote is missing.
 */
export function nearestPassage(text: string, quote: string): NearestPassage | null {
  const q = [...quote];
  if (q.length === 0 || text.length === 0) return null;
  const t = [...text];
  // Code point index -> UTF-16 offset, so the answer slices the original string.
  const offsets: number[] = [];
  let o = 0;
  for (const ch of t) {
    offsets.push(o);
    o += ch.length;
  }
  offsets.push(o);
  const n = t.length;
  // cost[j], from[j]: best edits for q[0..i) ending at text position j, and where that passage starts.
  let cost = new Array<number>(n + 1).fill(0);
  let from = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= q.length; i++) {
    const nextCost = new Array<number>(n + 1);
    const nextFrom = new Array<number>(n + 1);
    nextCost[0] = i;
    nextFrom[0] = 0;
    for (let j = 1; j <= n; j++) {
      const same = q[i - 1] === t[j - 1] ? 0 : 1;
      let best = (cost[j - 1] ?? 0) + same;
      let start = from[j - 1] ?? 0;
      if ((cost[j] ?? 0) + 1 < best) {
        best = (cost[j] ?? 0) + 1;
        start = from[j] ?? 0;
      }
      if ((nextCost[j - 1] ?? 0) + 1 < best) {
        best = (nextCost[j - 1] ?? 0) + 1;
        start = nextFrom[j - 1] ?? 0;
      }
      nextCost[j] = best;
      nextFrom[j] = start;
    }
    cost = nextCost;
    from = nextFrom;
  }
  let end = 1;
  for (let j = 1; j <= n; j++) if ((cost[j] ?? 0) < (cost[end] ?? 0)) end = j;
  const startCp = from[end] ?? 0;
  const start = offsets[startCp] ?? 0;
  const stop = offsets[end] ?? text.length;
  return { start, end: stop, text: text.slice(start, stop), edits: cost[end] ?? 0 };
}

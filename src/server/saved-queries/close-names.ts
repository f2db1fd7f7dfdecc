// "Did you mean": the names closest to a mistyped one, by edit distance.

/** Levenshtein distance, used to suggest close names for a mistyped one. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/** Names close to `wanted`: a small edit away, or sharing a word with it; closest first. */
export function closeNames(wanted: string, names: readonly string[], max = 5): string[] {
  const w = wanted.toLowerCase();
  const words = w.split(/[^a-z0-9]+/).filter((s) => s.length >= 3);
  return names
    .map((name) => ({ name, d: editDistance(w, name.toLowerCase()) }))
    .filter(
      ({ name, d }) =>
        d <= Math.max(2, Math.floor(w.length / 3)) || name.includes(w) || words.some((word) => name.includes(word)),
    )
    .sort((a, b) => a.d - b.d || a.name.localeCompare(b.name))
    .slice(0, max)
    .map(({ name }) => name);
}

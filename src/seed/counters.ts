// Adds up Neo4j's per-statement update counters into per-file totals.
import { COUNTER_NAMES, type UpdateCounters } from "./types.ts";

export function emptyCounters(): UpdateCounters {
  return Object.fromEntries(COUNTER_NAMES.map((name) => [name, 0])) as UpdateCounters;
}

export function addCounters(total: UpdateCounters, updates: Partial<Record<string, number>>): void {
  for (const name of COUNTER_NAMES) total[name] += updates[name] ?? 0;
}

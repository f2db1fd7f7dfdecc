// Long tasks and long animation frames split into "while loading" and "during the pan".
import type { Span } from "./page-probe.ts";
import type { LongTaskStats } from "./types.ts";

export function longStats(spans: readonly Span[]): LongTaskStats {
  let maxMs = 0;
  let totalMs = 0;
  for (const s of spans) {
    maxMs = Math.max(maxMs, s.duration);
    totalMs += s.duration;
  }
  return { count: spans.length, maxMs, totalMs };
}

export function splitAt(spans: readonly Span[], at: number): { load: LongTaskStats; pan: LongTaskStats } {
  return { load: longStats(spans.filter((s) => s.start < at)), pan: longStats(spans.filter((s) => s.start >= at)) };
}

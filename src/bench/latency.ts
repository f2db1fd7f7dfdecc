// Times each query case over HTTP and through the raw driver, interleaved so both see the same machine load.
import type { QueryCase } from "./query-cases.ts";
import { percentile } from "./stats.ts";

export interface LatencyFigures {
  name: string;
  requests: number;
  http: { p50: number; p99: number };
  raw: { p50: number; p99: number };
  /** Answers marked as cut short (`truncated`, the path search's time budget), of `requests`. */
  truncated: number;
  old?: boolean;
  oldWayOf?: string;
}

/** The explorer as built now, and one started the old way, side by side in the same run. */
export interface BenchUrls {
  current: string;
  old: string;
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await work();
  return performance.now() - t0;
}

export async function measureLatency(
  urls: BenchUrls,
  cases: readonly QueryCase[],
  requests: number,
  warmup: number,
): Promise<LatencyFigures[]> {
  const figures: LatencyFigures[] = [];
  for (const c of cases) {
    let truncated = 0;
    let counting = false;
    const get = async (i: number) => {
      const res = await fetch(new URL(c.path(i), c.old ? urls.old : urls.current));
      const body = await res.text();
      if (!res.ok) throw new Error(`${c.path(i)} answered ${res.status}`);
      if (counting && body.includes('"truncated":{')) truncated++;
    };
    for (let i = 0; i < warmup; i++) await Promise.all([get(i), c.raw(i)]);
    counting = true;
    const http: number[] = [];
    const raw: number[] = [];
    for (let i = 0; i < requests; i++) {
      // Alternate which goes first, so neither always meets a cache the other just warmed.
      if (i % 2) {
        http.push(await timed(() => get(i)));
        raw.push(await timed(() => c.raw(i)));
      } else {
        raw.push(await timed(() => c.raw(i)));
        http.push(await timed(() => get(i)));
      }
    }
    figures.push({
      name: c.name,
      requests,
      http: { p50: percentile(http, 50), p99: percentile(http, 99) },
      raw: { p50: percentile(raw, 50), p99: percentile(raw, 99) },
      truncated,
      ...(c.old ? { old: true } : {}),
      ...(c.oldWayOf ? { oldWayOf: c.oldWayOf } : {}),
    });
  }
  return figures;
}

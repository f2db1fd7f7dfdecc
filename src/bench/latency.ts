// Times each query case over HTTP and through the raw driver, interleaved so both see the same machine load.
import type { QueryCase } from "./query-cases.ts";
import { percentile } from "./stats.ts";

export interface LatencyFigures {
  name: string;
  requests: number;
  http: { p50: number; p99: number };
  raw: { p50: number; p99: number };
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await work();
  return performance.now() - t0;
}

export async function measureLatency(
  baseUrl: string,
  cases: readonly QueryCase[],
  requests: number,
  warmup: number,
): Promise<LatencyFigures[]> {
  const figures: LatencyFigures[] = [];
  for (const c of cases) {
    const get = async (i: number) => {
      const res = await fetch(new URL(c.path(i), baseUrl));
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`${c.path(i)} answered ${res.status}`);
    };
    for (let i = 0; i < warmup; i++) await Promise.all([get(i), c.raw(i)]);
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
    });
  }
  return figures;
}

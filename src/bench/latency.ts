// Times each query case over HTTP and through the raw driver, interleaved so both see the same machine load.
import { withBudget } from "./browser/budget.ts";
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

export interface LatencyOptions {
  requests: number;
  /** Unmeasured requests per case before the measured ones. */
  warmup: number;
  /**
   * Longest wait for one request (HTTP or raw driver): past it the run stops with an error that names the case and
   * request, instead of waiting for ever (a run at 1M relationships once sat idle in this phase).
   */
  requestTimeoutMs: number;
  log?: (line: string) => void;
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await work();
  return performance.now() - t0;
}

export async function measureLatency(
  urls: BenchUrls,
  cases: readonly QueryCase[],
  o: LatencyOptions,
): Promise<LatencyFigures[]> {
  const { requests, warmup, requestTimeoutMs: limit } = o;
  const figures: LatencyFigures[] = [];
  for (const [index, c] of cases.entries()) {
    o.log?.(`  case ${index + 1} of ${cases.length}: ${c.name} (${warmup} warm-up, ${requests} measured)`);
    let truncated = 0;
    let counting = false;
    const get = async (i: number) => {
      const url = new URL(c.path(i), c.old ? urls.old : urls.current);
      const res = await fetch(url, { signal: AbortSignal.timeout(limit) }).catch((error: unknown) => {
        throw new Error(`${c.name}: GET ${c.path(i)} gave no answer within ${limit / 1000} s (request ${i + 1})`, {
          cause: error,
        });
      });
      const body = await withBudget(`${c.name}: reading GET ${c.path(i)}`, limit, res.text());
      if (!res.ok) throw new Error(`${c.path(i)} answered ${res.status}`);
      if (counting && body.includes('"truncated":{')) truncated++;
    };
    // The driver takes no abort signal: past the limit the run stops, and the finally blocks close the driver.
    const raw = (i: number) => withBudget(`${c.name}: the raw driver's query for request ${i + 1}`, limit, c.raw(i));
    for (let i = 0; i < warmup; i++) await Promise.all([get(i), raw(i)]);
    counting = true;
    const httpMs: number[] = [];
    const rawMs: number[] = [];
    const every = Math.max(1, Math.ceil(requests / 4));
    for (let i = 0; i < requests; i++) {
      // Alternate which goes first, so neither always meets a cache the other just warmed.
      if (i % 2) {
        httpMs.push(await timed(() => get(i)));
        rawMs.push(await timed(() => raw(i)));
      } else {
        rawMs.push(await timed(() => raw(i)));
        httpMs.push(await timed(() => get(i)));
      }
      if ((i + 1) % every === 0 && i + 1 < requests) o.log?.(`    ${i + 1} of ${requests}`);
    }
    figures.push({
      name: c.name,
      requests,
      http: { p50: percentile(httpMs, 50), p99: percentile(httpMs, 99) },
      raw: { p50: percentile(rawMs, 50), p99: percentile(rawMs, 99) },
      truncated,
      ...(c.old ? { old: true } : {}),
      ...(c.oldWayOf ? { oldWayOf: c.oldWayOf } : {}),
    });
  }
  return figures;
}

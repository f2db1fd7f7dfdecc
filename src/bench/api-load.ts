// The mixed article requests of `npm run bench:load`, and its table: each cell min / median / max over the runs, the
// answer cache off and on (same build, same run), and the ratio of the two.
import type autocannon from "autocannon";

const json = { "content-type": "application/json" };

/** One cycle of the mix; autocannon walks it in order on every connection. */
export const MIX: autocannon.Request[] = [
  { method: "GET", path: "/api/search?q=jack" },
  { method: "GET", path: "/api/nodes/alibaba/neighbors?limit=50" },
  { method: "GET", path: "/api/paths?from=jack-ma&to=apple" },
  {
    method: "POST",
    path: "/api/queries/find-entity/run",
    headers: json,
    body: JSON.stringify({ params: { q: "アリババ", limit: 5 } }),
  },
  { method: "GET", path: `/api/search?q=${encodeURIComponent("通義千問")}` },
  { method: "GET", path: "/api/nodes/jack-ma/neighbors?direction=out" },
  { method: "GET", path: "/api/paths?from=joe-tsai&to=nvidia&k=5" },
  {
    method: "POST",
    path: "/api/queries/routes-between/run",
    headers: json,
    body: JSON.stringify({ params: { from: "jack-ma", to: "qwen" } }),
  },
];

/** `--mix node`: the node detail page alone (issue 14: one round trip instead of three). */
export const NODE_MIX: autocannon.Request[] = [{ method: "GET", path: "/api/nodes/jack-ma" }];

/** off-steps: the cache off and a node's detail read in three round trips, as before it was one query. */
export const CACHE_MODES = ["off", "on", "off-steps"] as const;
export type CacheMode = (typeof CACHE_MODES)[number];

export interface ModeRuns {
  connections: number;
  mode: CacheMode;
  runs: autocannon.Result[];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const spread = (xs: number[], digits = 0) =>
  `${Math.min(...xs).toFixed(digits)} / ${median(xs).toFixed(digits)} / ${Math.max(...xs).toFixed(digits)}`;
const sum = (runs: autocannon.Result[], f: (r: autocannon.Result) => number) => runs.reduce((n, r) => n + f(r), 0);

export const TABLE_HEAD = [
  "| connections | answer cache | duration | requests | req/s | p50 latency, ms | p99 latency, ms | errors | timeouts | non-2xx |",
  "|---|---|---|---|---|---|---|---|---|---|",
];

export function tableRow({ connections, mode, runs }: ModeRuns, duration: string): string {
  return `| ${connections} | ${mode} | ${duration} s | ${sum(runs, (r) => r.requests.total)} | ${spread(runs.map((r) => r.requests.average))} | ${spread(runs.map((r) => r.latency.p50))} | ${spread(runs.map((r) => r.latency.p99))} | ${sum(runs, (r) => r.errors)} | ${sum(runs, (r) => r.timeouts)} | ${sum(runs, (r) => r.non2xx)} |`;
}

/** Per run (the two modes' i-th runs were taken one right after the other), then min / median / max. */
export function ratioLine(off: ModeRuns, on: ModeRuns): string {
  const pairs = off.runs.map((r, i) => [r, on.runs[i]!] as const).filter(([, b]) => b);
  const throughput = pairs.map(([a, b]) => b.requests.average / a.requests.average);
  const p50 = pairs.map(([a, b]) => a.latency.p50 / Math.max(b.latency.p50, 1));
  const p99 = pairs.map(([a, b]) => a.latency.p99 / Math.max(b.latency.p99, 1));
  return `${off.connections} connections, ${on.mode} ÷ ${off.mode}: throughput ${spread(throughput, 1)}×; p50 ${off.mode} ÷ ${on.mode} ${spread(p50, 1)}×; p99 ${off.mode} ÷ ${on.mode} ${spread(p99, 1)}×`;
}

/** The pairs to compare, old way first: the cache off against on, and three round trips against one. */
export const COMPARED: [CacheMode, CacheMode][] = [
  ["off", "on"],
  ["off-steps", "off"],
];

export const badCount = (runs: autocannon.Result[]) => sum(runs, (r) => r.errors + r.timeouts + r.non2xx);

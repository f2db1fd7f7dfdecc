// The path search with a time budget, deepening hop by hop and starting a wider or deeper search only with time for it
// (the new way) against starting each while any budget is left (the old way, part 2), in-process against a loaded graph, pair by pair in turn: answer time, routes, and Neo4j's
// CPU time until it is idle again (a search cut at its budget goes on in Neo4j until its breadth-first level ends).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { paths, DEFAULT_PATH_BUDGET_MS } from "../server/explore/paths.ts";
import { PathsQuerySchema } from "../shared/index.ts";
import { createRng } from "../generate/rng.ts";
import { percentile } from "./stats.ts";

export interface PathDeepeningOptions {
  driver: Driver;
  database: string;
  /** A folder written by `npm run generate` and loaded into that database: its manifest names ordinary entities. */
  dataDir: string;
  /** The Neo4j server's process id, to read its CPU time from /proc. */
  neo4jPid: number;
  pairs: number;
  k: number;
  budgetMs?: number;
  /** The new way's growth factor (default the server's, DEFAULT_PATH_GROWTH). */
  growth?: number;
  log?: (line: string) => void;
}

interface Sample {
  ms: number;
  cpuMs: number;
  runOnMs: number;
  routes: number;
  truncated: boolean;
}

export interface WayFigures {
  way: "old" | "new";
  samples: Sample[];
}

/** utime + stime of a process, in ms (clock ticks of 10 ms). */
function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until Neo4j used under 10 ms of CPU in a 200 ms window (at most 60 s); returns when its work stopped. */
async function idle(pid: number): Promise<number> {
  const start = performance.now();
  let before = cpuMs(pid);
  let busyUntil = performance.now();
  while (performance.now() - start < 60_000) {
    await sleep(200);
    const now = cpuMs(pid);
    if (now - before < 10) return busyUntil;
    busyUntil = performance.now();
    before = now;
  }
  return busyUntil;
}

export async function runPathDeepening(o: PathDeepeningOptions): Promise<WayFigures[]> {
  const manifest = JSON.parse(readFileSync(join(o.dataDir, "manifest.json"), "utf8")) as { ordinary: string[] };
  const ordinary = manifest.ordinary;
  const all = ordinary.flatMap((a, i) => ordinary.slice(i + 1).map((b) => [a, b] as const));
  const rng = createRng(17, 3);
  const pairs = Array.from({ length: o.pairs }, () => all[rng.below(all.length)]!);
  const ctx = { driver: o.driver, database: o.database, timeoutMs: 120_000 };
  const ways: WayFigures[] = [
    { way: "old", samples: [] },
    { way: "new", samples: [] },
  ];
  await idle(o.neo4jPid);
  for (const [i, [from, to]] of pairs.entries()) {
    // Alternate which way goes first, so neither always meets a warmer cache.
    const order = i % 2 ? [ways[1]!, ways[0]!] : [ways[0]!, ways[1]!];
    for (const way of order) {
      const cpu0 = cpuMs(o.neo4jPid);
      const t0 = performance.now();
      const answer = await paths(ctx, PathsQuerySchema.parse({ from, to, k: o.k }), {
        budgetMs: o.budgetMs ?? DEFAULT_PATH_BUDGET_MS,
        ...(way.way === "old" ? { growth: null } : o.growth === undefined ? {} : { growth: o.growth }),
      });
      const answered = performance.now();
      const busyUntil = await idle(o.neo4jPid);
      way.samples.push({
        ms: answered - t0,
        cpuMs: cpuMs(o.neo4jPid) - cpu0,
        runOnMs: Math.max(0, busyUntil - answered),
        routes: answer.paths.length,
        truncated: answer.truncated !== undefined,
      });
      const s = way.samples.at(-1)!;
      o.log?.(
        `${i + 1}/${pairs.length} ${way.way}: ${from} → ${to} ${Math.round(s.ms)} ms, ${s.routes} routes${s.truncated ? " (cut)" : ""}, Neo4j CPU ${s.cpuMs} ms, busy ${Math.round(s.runOnMs)} ms after`,
      );
    }
  }
  return ways;
}

const fmt = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString("en-US") : "–");
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

export function renderPathDeepening(ways: WayFigures[]): string {
  const rows = ways.map(({ way, samples }) => {
    const ms = samples.map((s) => s.ms);
    const cpu = samples.map((s) => s.cpuMs);
    return `| ${way === "old" ? "old: every search started while budget is left" : "new: a search started only with time for it"} | ${samples.length} | ${fmt(percentile(ms, 50))} | ${fmt(percentile(ms, 99))} | ${samples.filter((s) => s.truncated).length} | ${fmt(sum(samples.map((s) => s.routes)))} | ${fmt(percentile(cpu, 50))} | ${fmt(percentile(cpu, 99))} | ${fmt(sum(cpu))} | ${fmt(Math.max(...samples.map((s) => s.runOnMs)))} |`;
  });
  const [old, now] = ways;
  const ratio = (f: (w: WayFigures) => number) => (f(old!) / Math.max(f(now!), 1)).toFixed(1);
  return [
    "| way | pairs | answer p50, ms | answer p99, ms | cut short | routes in all | Neo4j CPU p50, ms | Neo4j CPU p99, ms | Neo4j CPU in all, ms | longest busy after the answer, ms |",
    "|---|---|---|---|---|---|---|---|---|---|",
    ...rows,
    "",
    `Old ÷ new: answer p99 ${ratio((w) =>
      percentile(
        w.samples.map((s) => s.ms),
        99,
      ),
    )}×, Neo4j CPU in all ${ratio((w) => sum(w.samples.map((s) => s.cpuMs)))}×.`,
  ].join("\n");
}

// Each part's headline figures for the summary, taken from the result it already computed (no second measurement).
import type { ModeRuns } from "../api-load.ts";
import { ok } from "../browser/cells.ts";
import type { BrowserBenchResult, PageFigures, PageResult } from "../browser/types.ts";
import type { HubPagesFigures } from "../hub-pages.ts";
import type { ImportBenchResult } from "../import/run.ts";
import type { LoadTaskResult } from "../load-task/run.ts";
import type { WayFigures } from "../path-deepening.ts";
import type { SearchBenchResult } from "../search-index.ts";
import type { SeedBenchResult } from "../seed/run.ts";
import type { StartBenchResult } from "../start/run.ts";
import { percentile, spread } from "../stats.ts";
import type { WireBenchResult } from "../wire/run.ts";
import type { FigureLine } from "./figure-line.ts";
import type { MeasureKey } from "./issue-rows.ts";

const count = (n: number) => n.toLocaleString("en");
const median = (xs: readonly number[]) => (xs.length ? spread(xs).median : Number.NaN);
/**
 * Lines with this build's figure; without one a part records nothing and the table says so. An old way whose runs gave
 * no figure is kept as none, and said.
 */
const finite = (lines: FigureLine[]): FigureLine[] =>
  lines
    .filter((l) => Number.isFinite(l.now))
    .map((l) =>
      l.old === null || Number.isFinite(l.old)
        ? l
        : { ...l, old: null, note: `${l.note ? `${l.note}; ` : ""}the old way gave no figure` },
    );

export const seedFigures = (r: SeedBenchResult): FigureLine[] =>
  finite([
    { key: "seed-article", now: r.pipelined.median, old: r.oneByOne.median, note: `${r.statements} statements` },
  ]);

export const wireFigures = (r: WireBenchResult): FigureLine[] =>
  finite(
    r.figures.flatMap((f): FigureLine[] => {
      const note = `${count(f.compact.nodes)} nodes / ${count(f.compact.relationships)} relationships`;
      return [
        { key: "wire-bytes", now: f.compact.bytes, old: f.old.bytes, note },
        { key: "wire-end-to-end", now: f.compact.totalMs.median, old: f.old.totalMs.median, note },
      ];
    }),
  );

export const searchFigures = (r: SearchBenchResult): FigureLine[] =>
  finite([
    {
      key: "search-p99",
      now: r.withIndex.p99,
      old: r.withoutIndex.p99,
      note: `${count(r.relationships)} relationships, ${r.withIndex.requests} searches`,
    },
  ]);

/** The answer cache on against off, at each number of connections. */
export function loadFigures(results: readonly ModeRuns[]): FigureLine[] {
  const lines: FigureLine[] = [];
  for (const on of results.filter((r) => r.mode === "on")) {
    const off = results.find((r) => r.mode === "off" && r.connections === on.connections);
    if (!off) continue;
    const note = `${on.connections} connections, ${on.runs.length} run(s)`;
    const rate = (m: ModeRuns) => median(m.runs.map((r) => r.requests.average));
    const p99 = (m: ModeRuns) => median(m.runs.map((r) => r.latency.p99));
    lines.push({ key: "api-throughput", now: rate(on), old: rate(off), note });
    lines.push({ key: "api-p99", now: p99(on), old: p99(off), note });
  }
  return finite(lines);
}

export function hubPageFigures(figures: readonly HubPagesFigures[], note: string): FigureLine[] {
  const now = figures.find((f) => f.way === "new");
  const old = figures.find((f) => f.way === "old");
  if (!now || !old) return [];
  return finite([{ key: "hub-p50", now: percentile(now.ms, 50), old: percentile(old.ms, 50), note }]);
}

export function pathFigures(ways: readonly WayFigures[], note: string): FigureLine[] {
  const now = ways.find((w) => w.way === "new");
  const old = ways.find((w) => w.way === "old");
  if (!now || !old) return [];
  const p99 = (w: WayFigures) =>
    percentile(
      w.samples.map((s) => s.ms),
      99,
    );
  return finite([{ key: "paths-p99", now: p99(now), old: p99(old), note: `${note}, ${now.samples.length} pairs` }]);
}

export const importFigures = (r: ImportBenchResult): FigureLine[] =>
  finite([
    {
      key: "import-load",
      now: r.importer.median / 1000,
      old: r.unwind.median / 1000,
      note: `${count(r.entities)} entities, ${count(r.relationships)} relationships`,
    },
  ]);

export const startFigures = (r: StartBenchResult): FigureLine[] =>
  finite([
    {
      key: "start-ready",
      now: median(r.head.secs),
      old: median(r.against.secs),
      oldName: `the old way, ${r.against.commit}`,
      note: `${r.head.secs.length} run(s)`,
    },
  ]);

const pageMedian = (results: readonly PageResult[], pick: (p: PageFigures) => number) => median(ok(results).map(pick));

/** From this many nodes a generated graph is the issue's big one (its row of 100k nodes / 500k edges). */
export const BIG_GRAPH_NODES = 100_000;

export function loadTaskFigures(r: LoadTaskResult): FigureLine[] {
  return finite(
    r.cases.flatMap((c): FigureLine[] => {
      const median = (i: 0 | 1, pick: (p: PageFigures) => number) =>
        pageMedian(
          c.runs.map((run) => run[i]),
          pick,
        );
      const task = (p: PageFigures) => p.longTasks.load.maxMs;
      // The plain-Sigma page on the same file: the renderer's own figure, the floor under the explorer's here.
      const floor = (pick: (p: PageFigures) => number) => {
        const peer = pageMedian(c.plainSigma, pick);
        return Number.isFinite(peer) ? `; plain Sigma alone ${count(Math.round(peer))} ms` : "";
      };
      const line = (key: MeasureKey, pick: (p: PageFigures) => number, where: string): FigureLine => ({
        key,
        now: median(0, pick),
        old: median(1, pick),
        oldName: `the old way, ${r.against}`,
        note: `${where}${count(c.nodes)} nodes / ${count(c.edges)} edges, ${c.runs.length} run(s)${floor(pick)}`,
      });
      if (c.name === "article graph") {
        const live = c.live ? pageMedian(c.live, task) : Number.NaN;
        const peer = pageMedian(c.plainSigma, task);
        return [
          line("article-task-offline", task, ""),
          // The live edition has no old way (the old build reads another form of the graph answer): the peer is.
          {
            key: "article-task-live",
            now: live,
            old: Number.isFinite(peer) ? peer : null,
            oldName: "plain Sigma alone, same graph",
            note: `${count(c.nodes)} nodes / ${count(c.edges)} edges, ${c.live?.length ?? 0} run(s)`,
          },
        ];
      }
      if (c.nodes < BIG_GRAPH_NODES) return [line("generated-task", task, "")];
      const where = "offline edition, bench:load-task; ";
      return [line("big-task", task, where), line("big-first-render", (p) => p.firstRenderMs, where)];
    }),
  );
}

export function browserFigures(r: BrowserBenchResult): FigureLine[] {
  const lines = r.sizes.map((s): FigureLine => ({
    key: "sigma-first-render",
    now: pageMedian(
      s.runs.map((run) => run.explorer),
      (p) => p.firstRenderMs,
    ),
    old: pageMedian(
      s.runs.map((run) => run.sigma),
      (p) => p.firstRenderMs,
    ),
    note: `${count(s.nodes)} nodes / ${count(s.edges)} edges, ${s.runs.length} run(s)`,
  }));
  if (r.big) {
    const pages = r.big.runs.map((run) => run.page);
    const note = `bench:browser; ${count(r.big.nodes)} nodes / ${count(r.big.edges)} edges, ${pages.length} run(s)`;
    lines.push(
      { key: "big-task", now: pageMedian(pages, (p) => p.longTasks.load.maxMs), old: null, note },
      { key: "big-first-render", now: pageMedian(pages, (p) => p.firstRenderMs), old: null, note },
    );
  }
  return finite(lines);
}

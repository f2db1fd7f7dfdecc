// Issue 14's table as data: its twelve rows in its order, each split into the figures a script measures, with the
// part that measures it, the way it is compared against, and the target as a check.
import type { BenchPart } from "../plan.ts";

/**
 * What "met" means for one figure. `under` judges the figure itself; `gainAtLeast` the gain over the old way
 * (render.ts: old ÷ now, or now ÷ old when higher is better); `within` that the figure is at most that many times the peer's.
 */
export type SummaryCheck =
  { kind: "under"; value: number } | { kind: "gainAtLeast"; value: number } | { kind: "within"; times: number };

export interface SummaryMeasure {
  /** The key a part writes on its line (figure-line.ts checks it against these). */
  key: MeasureKey;
  /** What the figure is, in a few words. */
  what: string;
  unit: "ms" | "s" | "req/s" | "bytes";
  /** Lower is better for times and sizes; higher for throughput. */
  better: "lower" | "higher";
  /** The part that measures it; null: no script measures it in the same run yet. */
  part: BenchPart | null;
  /** The way compared against, unless the part's line names it more exactly. */
  oldName: string;
  check: SummaryCheck;
}

export interface IssueRow {
  /** The issue's words for the row. */
  figure: string;
  /** The issue's target, as it says it. */
  target: string;
  measures: SummaryMeasure[];
}

export const MEASURE_KEYS = [
  "article-task-offline",
  "article-task-live",
  "generated-task",
  "big-task",
  "big-first-render",
  "api-throughput",
  "api-p99",
  "paths-p99",
  "hub-p50",
  "search-p99",
  "import-load",
  "seed-article",
  "start-ready",
  "sigma-first-render",
  "wire-bytes",
  "wire-end-to-end",
] as const;
export type MeasureKey = (typeof MEASURE_KEYS)[number];

const LONGEST = "longest main-thread task until the layout is done, median";

export const ISSUE_ROWS: IssueRow[] = [
  {
    figure: "longest main-thread task while loading, article graph (live and offline)",
    target: "under 50 ms",
    measures: [
      {
        key: "article-task-offline",
        what: `offline edition: ${LONGEST}`,
        unit: "ms",
        better: "lower",
        part: "load-task",
        oldName: "the previous commit's build",
        check: { kind: "under", value: 50 },
      },
      {
        key: "article-task-live",
        what: "live edition (the page over the API)",
        unit: "ms",
        better: "lower",
        part: "load-task",
        oldName: "plain Sigma alone, same graph",
        check: { kind: "under", value: 50 },
      },
    ],
  },
  {
    figure: "longest task, 1k / 10k nodes",
    target: "under 100 ms at both",
    measures: [
      {
        key: "generated-task",
        what: `generated graph, offline edition: ${LONGEST}`,
        unit: "ms",
        better: "lower",
        part: "load-task",
        oldName: "the previous commit's build",
        check: { kind: "under", value: 100 },
      },
    ],
  },
  {
    figure: "longest task, 100k nodes / 500k edges",
    target: "under 1 s; first render under 5 s (now 13.7 s)",
    measures: [
      {
        key: "big-task",
        what: "longest main-thread task while loading, median",
        unit: "ms",
        better: "lower",
        // bench:browser measures it too, the explorer alone (no old way); bench:load-task against the old build.
        part: "load-task",
        oldName: "none (bench:browser's big graph is the explorer alone)",
        check: { kind: "under", value: 1_000 },
      },
      {
        key: "big-first-render",
        what: "first render, median",
        unit: "ms",
        better: "lower",
        part: "load-task",
        oldName: "none (bench:browser's big graph is the explorer alone)",
        check: { kind: "under", value: 5_000 },
      },
    ],
  },
  {
    figure: "API, mixed article requests, 50 connections (`npm run bench:load`)",
    target: "≥ 10× the throughput with p99 under 100 ms, against the same build with the improvement switched off",
    measures: [
      {
        key: "api-throughput",
        what: "requests a second, median over runs",
        unit: "req/s",
        better: "higher",
        part: "load",
        oldName: "answer cache off",
        check: { kind: "gainAtLeast", value: 10 },
      },
      {
        key: "api-p99",
        what: "p99 latency, median over runs",
        unit: "ms",
        better: "lower",
        part: "load",
        oldName: "answer cache off",
        check: { kind: "under", value: 100 },
      },
    ],
  },
  {
    figure: "k = 10 shortest paths, up to 6 hops, 1M relationships (the path finder's default)",
    target: "p99 under 1 s",
    measures: [
      {
        key: "paths-p99",
        what: "answer p99",
        unit: "ms",
        better: "lower",
        part: "paths",
        oldName: "every wider or deeper search started while budget is left",
        check: { kind: "under", value: 1_000 },
      },
    ],
  },
  {
    figure: "hub page of 50 (32,727 relationships)",
    target: "p50 under 10 ms",
    measures: [
      {
        key: "hub-p50",
        what: "page of 50 over HTTP, p50",
        unit: "ms",
        better: "lower",
        part: "hub-pages",
        oldName: "every relationship of the hub sorted per page",
        check: { kind: "under", value: 10 },
      },
    ],
  },
  {
    figure: "search, 1M relationships",
    target: "p99 under 50 ms",
    measures: [
      {
        key: "search-p99",
        what: "search p99",
        unit: "ms",
        better: "lower",
        part: "search",
        oldName: "no full-text index (the bounded scan)",
        check: { kind: "under", value: 50 },
      },
    ],
  },
  {
    figure: "1M relationships into a fresh local database",
    target: "under 15 s",
    measures: [
      {
        key: "import-load",
        what: "offline importer into a running, empty database, median",
        unit: "s",
        better: "lower",
        part: "import",
        oldName: "UNWIND batches",
        check: { kind: "under", value: 15 },
      },
    ],
  },
  {
    figure: "article seed (139 statements)",
    target: "under 2 s",
    measures: [
      {
        key: "seed-article",
        what: "whole `npm run seed` load, pipelined, median",
        unit: "ms",
        better: "lower",
        part: "seed",
        oldName: "one round trip per statement",
        check: { kind: "under", value: 2_000 },
      },
    ],
  },
  {
    figure: "`npm start` with data present, Neo4j not running, until ready",
    target: "under 4 s",
    measures: [
      {
        key: "start-ready",
        what: "command to ready line, median",
        unit: "s",
        better: "lower",
        part: "start",
        oldName: "the previous commit",
        check: { kind: "under", value: 4 },
      },
    ],
  },
  {
    figure: "first render vs a minimal plain-Sigma page reading the same snapshot with positions given",
    target: "within 1.3× at 10k and 100k nodes",
    measures: [
      {
        key: "sigma-first-render",
        what: "explorer's first render, median",
        unit: "ms",
        better: "lower",
        part: "browser",
        oldName: "plain Sigma (peer)",
        check: { kind: "within", times: 1.3 },
      },
    ],
  },
  {
    figure: "graph payload, 10k nodes: server query+map+stringify / client parse+check",
    target: "3× smaller and 3× faster end to end",
    measures: [
      {
        key: "wire-bytes",
        what: "first view's body, compact form",
        unit: "bytes",
        better: "lower",
        part: "wire",
        oldName: "JSON by element id",
        check: { kind: "gainAtLeast", value: 3 },
      },
      {
        key: "wire-end-to-end",
        what: "server + page, compact form, median",
        unit: "ms",
        better: "lower",
        part: "wire",
        oldName: "JSON by element id",
        check: { kind: "gainAtLeast", value: 3 },
      },
    ],
  },
];

// Issue 14's table: every row in the issue's order, met / not met from the targets, and why a figure is missing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { BENCH_PARTS, type BenchPart } from "../../../src/bench/plan.ts";
import type { FigureLine } from "../../../src/bench/summary/figure-line.ts";
import { ISSUE_ROWS, type MeasureKey } from "../../../src/bench/summary/issue-rows.ts";
import { gain, renderSummaryTable, type PartOutcome } from "../../../src/bench/summary/render.ts";

const allRan = Object.fromEntries(BENCH_PARTS.map((p) => [p, "ran"])) as Record<BenchPart, PartOutcome>;

/** The table's lines for one measure key, split into cells. */
function linesOf(table: string, what: string): string[][] {
  return table
    .split("\n")
    .filter((l) => l.includes(what))
    .map((l) =>
      l
        .split(/(?<!\\)\|/)
        .slice(1, -1)
        .map((c) => c.trim()),
    );
}

const whatOf = (key: MeasureKey) => ISSUE_ROWS.flatMap((r) => r.measures).find((m) => m.key === key)!.what;

test("the issue's twelve rows come in its order, each once, whatever order the parts recorded in", () => {
  const figures: FigureLine[] = [
    { key: "wire-bytes", now: 1, old: 4 },
    { key: "seed-article", now: 900, old: 3000 },
    { key: "article-task-offline", now: 40, old: 200 },
  ];
  const table = renderSummaryTable(figures, allRan);
  const firstCells = table
    .split("\n")
    .slice(2)
    .map((l) => l.split(/(?<!\\)\|/)[1]!.trim())
    .filter(Boolean);
  assert.equal(ISSUE_ROWS.length, 12);
  assert.deepEqual(
    firstCells,
    ISSUE_ROWS.map((r) => `${r.figure} (target: ${r.target})`.replace(/\|/g, "\\|")),
  );
});

test("met and not met follow each target; the gain is old ÷ now, or now ÷ old for throughput", () => {
  const table = renderSummaryTable(
    [
      { key: "seed-article", now: 1_500, old: 6_000 },
      { key: "hub-p50", now: 12, old: 24, note: "e1000-r5000-s42" },
      { key: "api-throughput", now: 2_200, old: 110, note: "50 connections, 1 run(s)" },
      { key: "api-p99", now: 140, old: 1_100, note: "50 connections, 1 run(s)" },
      { key: "sigma-first-render", now: 1_200, old: 1_000, note: "10,000 nodes" },
      { key: "sigma-first-render", now: 1_400, old: 1_000, note: "100,000 nodes" },
      { key: "wire-bytes", now: 2e6, old: 5e6 },
      { key: "big-task", now: 700, old: null },
    ],
    allRan,
  );
  const [seed] = linesOf(table, whatOf("seed-article"));
  assert.deepEqual(seed!.slice(2), [
    "1,500 ms",
    "one round trip per statement",
    "6,000 ms",
    "4.00×",
    "under 2,000 ms",
    "met",
  ]);
  const [hub] = linesOf(table, whatOf("hub-p50"));
  assert.equal(hub![1], `${whatOf("hub-p50")} (e1000-r5000-s42)`);
  assert.deepEqual(hub!.slice(5), ["2.00×", "under 10 ms", "not met"]);
  const [rate] = linesOf(table, whatOf("api-throughput"));
  assert.deepEqual(rate!.slice(5), ["20.00×", "≥ 10× the old way", "met"]);
  const [p99] = linesOf(table, whatOf("api-p99"));
  assert.equal(p99!.at(-1), "not met");
  const sigma = linesOf(table, whatOf("sigma-first-render"));
  assert.deepEqual(
    sigma.map((l) => [l[5], l[7]]),
    [
      ["0.83×", "met"],
      ["0.71×", "not met"],
    ],
    "within 1.3× the peer: 1.2× is, 1.4× is not",
  );
  const [bytes] = linesOf(table, whatOf("wire-bytes"));
  assert.deepEqual([bytes![2], bytes![4], bytes![7]], ["2.00 MB", "5.00 MB", "not met"]);
  const [big] = linesOf(table, whatOf("big-task"));
  assert.deepEqual(big!.slice(4), ["–", "–", "under 1,000 ms", "met"]);
  assert.equal(gain({ better: "lower" }, { now: 5, old: null }), null);
});

test("a missing figure says why: not run, a failed part, an earlier failure, no script, or none recorded", () => {
  const outcomes: Partial<Record<BenchPart, PartOutcome>> = {
    seed: "ran",
    wire: "failed",
    search: "not reached",
    load: "skipped",
  };
  const table = renderSummaryTable([], outcomes);
  const status = (key: MeasureKey) => linesOf(table, whatOf(key))[0]!.at(-1);
  assert.equal(status("seed-article"), "no figure (bench:seed recorded none for it)");
  assert.equal(status("wire-bytes"), "not run (bench:wire failed)");
  assert.equal(status("search-p99"), "not run (an earlier part failed)");
  assert.equal(status("api-p99"), "not run");
  assert.equal(status("paths-p99"), "not run", "a part missing from the record was not run");
  assert.equal(status("article-task-live"), "not run", "measured by bench:load-task, which this record left out");
  // A row no script measures yet (none of issue 14's now) says so, even when every part ran.
  const unmeasured = ISSUE_ROWS.slice(0, 1).map((row) => ({
    ...row,
    measures: row.measures.map((m) => ({ ...m, part: null })),
  }));
  const [first] = linesOf(renderSummaryTable([], allRan, unmeasured), whatOf("article-task-live"));
  assert.equal(first!.at(-1), "not measured by a script", "even when every part ran");
});

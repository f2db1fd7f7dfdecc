// Each part's headline figures come from the result it computed: this build as "now", its old way (or peer) as "old".
import { test } from "node:test";
import assert from "node:assert/strict";
import type autocannon from "autocannon";
import type { PageResult } from "../../../src/bench/browser/types.ts";
import type { LoadTaskResult } from "../../../src/bench/load-task/run.ts";
import type { SeedBenchResult } from "../../../src/bench/seed/run.ts";
import { loadFigures, loadTaskFigures, seedFigures } from "../../../src/bench/summary/part-figures.ts";

const spreadOf = (median: number) => ({ min: median - 1, median, max: median + 1 });

test("the seed's medians: pipelined now, one by one old", () => {
  const r = { statements: 139, pipelined: spreadOf(900), oneByOne: spreadOf(3_100) } as SeedBenchResult;
  assert.deepEqual(seedFigures(r), [{ key: "seed-article", now: 900, old: 3_100, note: "139 statements" }]);
});

test("the API under load: cache on now, off old, medians over the runs, at each number of connections", () => {
  const run = (rate: number, p99: number) => ({ requests: { average: rate }, latency: { p99 } }) as autocannon.Result;
  const figures = loadFigures([
    { connections: 50, mode: "off", runs: [run(100, 1_000), run(120, 900), run(110, 1_100)] },
    { connections: 50, mode: "on", runs: [run(1_500, 60), run(1_700, 40), run(1_600, 50)] },
    { connections: 10, mode: "off-steps", runs: [run(90, 10)] },
  ]);
  const note = "50 connections, 3 run(s)";
  assert.deepEqual(figures, [
    { key: "api-throughput", now: 1_600, old: 110, note },
    { key: "api-p99", now: 50, old: 1_000, note },
  ]);
  assert.deepEqual(loadFigures([{ connections: 50, mode: "on", runs: [run(1, 1)] }]), [], "no old way, no line");
});

test("the loading task: the article, each generated graph and the big one; runs without a figure left out", () => {
  const page = (longest: number, firstRenderMs = 1): PageResult =>
    ({
      status: "ok",
      firstRenderMs,
      longTasks: { load: { count: 1, maxMs: longest, totalMs: longest } },
    }) as PageResult;
  const failed: PageResult = { status: "failed", message: "crashed" };
  const r = {
    against: "HEAD~1",
    cases: [
      {
        name: "article graph",
        nodes: 60,
        edges: 139,
        runs: [
          [page(40), page(200)],
          [page(44), failed],
        ],
        plainSigma: [page(100), page(120)],
        live: [page(70), failed],
      },
      { name: "1,000 nodes", nodes: 1_000, edges: 5_000, runs: [[failed, failed]], plainSigma: [failed] },
      { name: "10,000 nodes", nodes: 10_000, edges: 50_000, runs: [[page(90), failed]], plainSigma: [failed] },
      {
        name: "100,000 nodes",
        nodes: 100_000,
        edges: 500_000,
        runs: [[page(700, 4_000), page(9_000, 13_000)]],
        plainSigma: [page(6_200, 8_000)],
      },
    ],
  } as unknown as LoadTaskResult;
  assert.deepEqual(loadTaskFigures(r), [
    {
      key: "article-task-offline",
      now: 40,
      old: 200,
      oldName: "the old way, HEAD~1",
      note: "60 nodes / 139 edges, 2 run(s); plain Sigma alone 100 ms",
    },
    {
      key: "article-task-live",
      now: 70,
      old: 100,
      oldName: "plain Sigma alone, same graph",
      note: "60 nodes / 139 edges, 2 run(s)",
    },
    {
      key: "generated-task",
      now: 90,
      old: null,
      oldName: "the old way, HEAD~1",
      note: "10,000 nodes / 50,000 edges, 1 run(s); the old way gave no figure",
    },
    {
      key: "big-task",
      now: 700,
      old: 9_000,
      oldName: "the old way, HEAD~1",
      note: "offline edition, bench:load-task; 100,000 nodes / 500,000 edges, 1 run(s); plain Sigma alone 6,200 ms",
    },
    {
      key: "big-first-render",
      now: 4_000,
      old: 13_000,
      oldName: "the old way, HEAD~1",
      note: "offline edition, bench:load-task; 100,000 nodes / 500,000 edges, 1 run(s); plain Sigma alone 8,000 ms",
    },
  ]);
});

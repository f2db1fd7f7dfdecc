// The plain-Sigma rows of the browser report: per-run ratios explorer ÷ plain Sigma, the 1.3× verdict, page order.
import { test } from "node:test";
import assert from "node:assert/strict";
import { sigmaComparison, sigmaRatio, SIGMA_TARGET_RATIO } from "../../../src/bench/browser/report.ts";
import { pageOrder } from "../../../src/bench/browser/run.ts";
import type { PageFigures, PageResult, SizeResult } from "../../../src/bench/browser/types.ts";

const spans = { count: 0, maxMs: 0, totalMs: 0 };
const page = (firstRenderMs: number, extra: Partial<PageFigures> = {}): PageFigures => ({
  status: "ok",
  timing: "marks",
  dataFetchedMs: 100,
  graphBuiltMs: 150,
  firstRenderMs,
  layoutDoneMs: null,
  buildMs: 50,
  panFps: 30,
  redrawsPerSecond: 20,
  cameraMoved: true,
  longTasks: { load: { ...spans, count: 1, maxMs: 80 }, pan: spans },
  longAnimationFrames: { load: spans, pan: spans },
  heapMB: 12,
  nodesDrawn: 10,
  edgesDrawn: 50,
  ...extra,
});
const timeout: PageResult = { status: "timeout", budgetMs: 120_000, step: "first render" };
const payload = { nodes: 10, edges: 50, plainBytes: 1, gzipBytes: 1, bytesPerNode: 1, bytesPerEdge: 1 };
const size = (nodes: number, runs: [PageResult, PageResult][]): SizeResult => ({
  nodes,
  edges: nodes * 5,
  payload,
  runs: runs.map(([explorer, sigma]) => ({ explorer, sigma, vis: page(1), parseMs: 1 })),
});

test("the ratio is the median of per-run explorer ÷ plain Sigma, over runs where both pages drew", () => {
  assert.equal(
    sigmaRatio([
      [page(1_300), page(1_000)],
      [page(3_000), page(1_000)],
      [page(1_000), page(1_000)],
    ]),
    1.3,
  );
  // A run where plain Sigma timed out pairs with nothing: it neither counts as 0 nor as infinity.
  assert.equal(
    sigmaRatio([
      [page(2_000), page(1_000)],
      [page(500), timeout],
    ]),
    2,
  );
  assert.ok(Number.isNaN(sigmaRatio([[timeout, page(1_000)]])));
});

test("each size gets a row with both first renders, the ratio's spread and the verdict against 1.3×", () => {
  const lines = sigmaComparison([
    size(10_000, [
      [page(1_200), page(1_000)],
      [page(1_500), page(1_000)],
      [page(1_100), page(1_000)],
    ]),
    size(100_000, [[page(9_000), page(5_000)]]),
    size(200_000, [[page(9_000), timeout]]),
  ]);
  assert.ok(lines[0]!.startsWith("### Against plain Sigma"));
  assert.match(lines[2]!, new RegExp(`within ${SIGMA_TARGET_RATIO}×`));
  const row = (label: string) => lines.find((l) => l.startsWith(`| ${label} |`)) ?? "";
  assert.equal(row("10,000 / 50,000").split(" | ")[2], "1,100 / 1,200 / 1,500");
  assert.equal(row("10,000 / 50,000").split(" | ")[4], "1.10 / 1.20 / 1.50");
  assert.equal(row("10,000 / 50,000").split(" | ")[5], "yes");
  assert.equal(row("100,000 / 500,000").split(" | ")[4], "1.80 / 1.80 / 1.80");
  assert.equal(row("100,000 / 500,000").split(" | ")[5], "no");
  assert.match(row("200,000 / 1,000,000"), /\| did not render within 120 s \| – \| – \|/);
  for (const line of lines) assert.doesNotMatch(line, /NaN|undefined/);
});

test("the three pages take turns going first", () => {
  assert.deepEqual(pageOrder(0), ["explorer", "vis", "sigma"]);
  assert.deepEqual(pageOrder(1), ["vis", "sigma", "explorer"]);
  assert.deepEqual(pageOrder(2), ["sigma", "explorer", "vis"]);
  assert.deepEqual(pageOrder(3), pageOrder(0));
});

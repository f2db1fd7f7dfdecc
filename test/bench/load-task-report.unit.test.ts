// The loading benchmark's report: HEAD against the old way, and against the plain-Sigma page as the renderer's floor.
import { test } from "node:test";
import assert from "node:assert/strict";
import { renderLoadTaskReport } from "../../src/bench/load-task/report.ts";
import type { PageFigures, PageResult } from "../../src/bench/browser/types.ts";

const stats = (maxMs: number) => ({ count: 1, maxMs, totalMs: maxMs });

function page(longestMs: number, firstRenderMs: number): PageFigures {
  return {
    status: "ok",
    timing: "marks",
    dataFetchedMs: null,
    graphBuiltMs: null,
    firstRenderMs,
    layoutDoneMs: null,
    buildMs: null,
    panFps: 30,
    redrawsPerSecond: null,
    cameraMoved: true,
    longTasks: { load: stats(longestMs), pan: stats(0) },
    longAnimationFrames: { load: stats(0), pan: stats(0) },
    heapMB: 10,
    nodesDrawn: 48,
    edgesDrawn: 86,
  };
}

test("each graph's row has the plain-Sigma page's longest task and HEAD over it, run by run", () => {
  const failedPeer: PageResult = { status: "failed", message: "no WebGL" };
  const text = renderLoadTaskReport(
    {
      head: "aaa1111",
      against: "bbb2222",
      chromium: "156",
      load1: { start: 0.4, end: 0.9 },
      cases: [
        {
          name: "article graph",
          nodes: 48,
          edges: 86,
          runs: [
            [page(120, 600), page(100, 650)],
            [page(90, 620), page(180, 640)],
          ],
          plainSigma: [page(60, 300), page(90, 310)],
        },
        {
          name: "1,000 nodes",
          nodes: 1000,
          edges: 5000,
          runs: [[page(150, 900), page(140, 950)]],
          plainSigma: [failedPeer],
        },
      ],
    },
    "npm run bench:load-task -- --runs 2",
    "2026-12-01",
  );
  // HEAD 120 and 90 over plain Sigma's 60 and 90: 2.00 and 1.00; old over HEAD: 100/120 and 180/90.
  assert.match(
    text,
    /\| article graph \| 48 \/ 86 \| 90 \/ \S+ \/ 120 \| 100 \/ \S+ \/ 180 \| 0\.83 \/ \S+ \/ 2\.00× \| 60 \/ \S+ \/ 90 \| 1\.00 \/ \S+ \/ 2\.00× \|/,
  );
  assert.match(text, /\| 300 \/ \S+ \/ 310 \|$/m);
  // A peer that gave no figure is said so, not counted as a ratio.
  assert.match(text, /\| 1,000 nodes \|.*\(1 of 1 runs gave no figure\)/);
  assert.match(text, /^<!-- bench:load-task:start -->\n## /);
});

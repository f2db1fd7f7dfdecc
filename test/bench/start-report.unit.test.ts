// The `npm start` benchmark's report: each way's spread and the old ÷ new ratio per pair of runs.
import { test } from "node:test";
import assert from "node:assert/strict";
import { renderStartReport } from "../../src/bench/start/report.ts";

test("the report gives min / median / max per way and the ratio of each pair of runs", () => {
  const text = renderStartReport(
    {
      head: { commit: "aaa1111", secs: [4, 5, 6] },
      against: { commit: "bbb2222", secs: [8, 5, 9] },
      load1: { start: 0.5, end: 0.7 },
    },
    "npm run bench:start -- --runs 3",
    "2026-12-01",
  );
  assert.match(text, /\| aaa1111 \| 3 \| 4\.00 \/ 5\.00 \/ 6\.00 \|/);
  assert.match(text, /\| bbb2222 \| 3 \| 5\.00 \/ 8\.00 \/ 9\.00 \|/);
  // Pairs: 8/4 = 2, 5/5 = 1, 9/6 = 1.5.
  assert.match(text, /\*\*1\.00 \/ 1\.50 \/ 2\.00×\*\*/);
  assert.match(text, /load average 0\.5 at the start, 0\.7 at the end/);
  // Wrapped in its markers, so --write replaces only this section.
  assert.match(text, /^<!-- bench:npm-start:start -->\n## /);
  assert.match(text, /<!-- bench:npm-start:end -->$/);
});

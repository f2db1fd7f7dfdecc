// The figures parts hand to the summary: lines read back checked, a bad one named with its file and line.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseFigureLines } from "../../../src/bench/summary/figure-line.ts";
import { recordFigures, SUMMARY_FILE_ENV } from "../../../src/bench/summary/record.ts";

test("lines are read in order, blank lines skipped, optional fields kept", () => {
  const text = [
    JSON.stringify({ key: "seed-article", now: 812.5, old: 3010, note: "139 statements" }),
    "",
    JSON.stringify({ key: "big-task", now: 640, old: null }),
    "",
  ].join("\n");
  assert.deepEqual(parseFigureLines(text, "f.jsonl"), [
    { key: "seed-article", now: 812.5, old: 3010, note: "139 statements" },
    { key: "big-task", now: 640, old: null },
  ]);
});

test("a bad line is refused naming the file, the line and the field", () => {
  const good = JSON.stringify({ key: "hub-p50", now: 4, old: 20 });
  assert.throws(
    () => parseFigureLines(`${good}\n{"key": "hub-p50", `, "/tmp/x.jsonl"),
    /^Error: \/tmp\/x\.jsonl:2: not JSON/,
  );
  assert.throws(
    () => parseFigureLines(`${good}\n\n${JSON.stringify({ key: "gpu-fps", now: 1, old: 2 })}`, "x.jsonl"),
    /^Error: x\.jsonl:3: key: /,
  );
  assert.throws(() => parseFigureLines(JSON.stringify({ key: "hub-p50", old: 2 }), "x.jsonl"), /x\.jsonl:1: now: /);
  assert.throws(
    () => parseFigureLines(JSON.stringify({ key: "hub-p50", now: 1, old: 2, extra: true }), "x.jsonl"),
    /x\.jsonl:1: .*extra/,
  );
  assert.throws(() => parseFigureLines(JSON.stringify({ key: "hub-p50", now: "1", old: 2 }), "x.jsonl"), /:1: now: /);
});

test("a part records to the file the parent names, and nothing when run alone", () => {
  const dir = mkdtempSync(join(tmpdir(), "figures-"));
  try {
    const file = join(dir, "figures.jsonl");
    recordFigures([{ key: "search-p99", now: 12, old: 480 }], {});
    assert.throws(() => readFileSync(file, "utf8"), /ENOENT/);
    const env = { [SUMMARY_FILE_ENV]: file };
    recordFigures([{ key: "search-p99", now: 12, old: 480 }], env);
    recordFigures([{ key: "wire-bytes", now: 1e6, old: 4e6, note: "10,000 nodes" }], env);
    assert.deepEqual(parseFigureLines(readFileSync(file, "utf8"), file), [
      { key: "search-p99", now: 12, old: 480 },
      { key: "wire-bytes", now: 1e6, old: 4e6, note: "10,000 nodes" },
    ]);
    assert.throws(() => recordFigures([{ key: "search-p99", now: Number.NaN, old: 1 }], env));
    assert.equal(readFileSync(file, "utf8").trim().split("\n").length, 2, "a refused figure writes nothing");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

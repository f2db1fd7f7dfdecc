// `npm run bench` splits its options between the scale, import and browser benchmarks, and refuses parts it does not know.
import { test } from "node:test";
import assert from "node:assert/strict";
import { benchPlan } from "../../src/bench/plan.ts";

test("by default every part runs, each with only the options it takes", () => {
  const plan = benchPlan({
    write: true,
    runs: "2",
    entities: "1000",
    relationships: "5000",
    sizes: "500,1000",
    big: "none",
  });
  assert.deepEqual(
    plan.map((s) => s.part),
    ["scale", "import", "wire", "browser", "load-task", "start"],
  );
  assert.deepEqual(plan[0]!.args, ["--runs", "2", "--entities", "1000", "--relationships", "5000", "--write"]);
  assert.deepEqual(plan[1]!.args, ["--rounds", "2", "--entities", "1000", "--relationships", "5000", "--write"]);
  assert.deepEqual(plan[2]!.args, ["--rounds", "2", "--write"]);
  assert.deepEqual(plan[3]!.args, ["--runs", "2", "--sizes", "500,1000", "--big", "none", "--write"]);
  assert.deepEqual(plan[4]!.args, ["--runs", "2", "--write"]);
  assert.deepEqual(plan[5]!.args, ["--runs", "2", "--write"]);
});

test("--only picks parts, in the fixed order, and names what it accepts when wrong", () => {
  assert.deepEqual(
    benchPlan({ write: false, only: "browser" }).map((s) => [s.script, s.args]),
    [["bench-browser.ts", []]],
  );
  assert.deepEqual(
    benchPlan({ write: false, only: "browser,scale" }).map((s) => s.part),
    ["scale", "browser"],
  );
  assert.throws(
    () => benchPlan({ write: false, only: "scale,gpu" }),
    /--only takes scale, import, wire, browser, load-task, start \(comma-separated\), got "gpu"/,
  );
});

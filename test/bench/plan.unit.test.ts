// `npm run bench` splits its options between its parts, runs them cheapest first, and refuses parts it does not know.
import { test } from "node:test";
import assert from "node:assert/strict";
import { BENCH_PARTS, benchPlan, DEFAULT_LOAD_PORT } from "../../src/bench/plan.ts";

test("by default every part runs, each with only the options it takes", () => {
  const plan = benchPlan({
    write: true,
    runs: "2",
    entities: "1000",
    relationships: "5000",
    sizes: "500,1000",
    big: "none",
    port: "7853",
    duration: "5",
    taskSizes: "500",
    against: "0586dc1",
  });
  const args = Object.fromEntries(plan.map((s) => [s.part, s.args]));
  assert.deepEqual(
    plan.map((s) => s.part),
    ["seed", "wire", "search", "load", "hub-pages", "paths", "import", "start", "load-task", "scale", "browser"],
  );
  const sizes = ["--entities", "1000", "--relationships", "5000"];
  assert.deepEqual(args.seed, ["--rounds", "2", "--port", "7853", "--write"]);
  assert.deepEqual(args.wire, ["--rounds", "2", "--port", "7853", "--write"]);
  assert.deepEqual(args.search, ["--rounds", "2", ...sizes, "--port", "7853", "--write"]);
  assert.deepEqual(args.load, ["--runs", "2", "--duration", "5", "--port", "7853"], "bench:load takes no --write");
  assert.deepEqual(args["hub-pages"], [...sizes, "--port", "7853"]);
  assert.deepEqual(args.paths, [...sizes, "--port", "7853"]);
  assert.deepEqual(args.import, ["--rounds", "2", ...sizes, "--port", "7853", "--write"]);
  assert.deepEqual(args.start, ["--runs", "2", "--against", "0586dc1", "--neo4j-port", "7853", "--write"]);
  assert.deepEqual(args["load-task"], [
    "--runs",
    "2",
    "--against",
    "0586dc1",
    "--sizes",
    "500",
    "--port",
    "7853",
    "--write",
  ]);
  assert.deepEqual(args.scale, ["--runs", "2", ...sizes, "--write"]);
  assert.deepEqual(args.browser, ["--runs", "2", "--sizes", "500,1000", "--big", "none", "--write"]);
});

test("without options each part keeps its own defaults; bench:load gets a private Neo4j, bench:load-task the issue's sizes", () => {
  const plan = benchPlan({ write: false });
  assert.equal(plan.length, BENCH_PARTS.length);
  for (const step of plan) {
    if (step.part === "load") assert.deepEqual(step.args, ["--port", DEFAULT_LOAD_PORT]);
    else if (step.part === "load-task") assert.deepEqual(step.args, ["--sizes", "1000,10000,100000"]);
    else assert.deepEqual(step.args, [], step.part);
    assert.equal(step.script, `bench-${step.part}.ts`);
  }
});

test("--only picks parts, new ones included, in the fixed order, and names what it accepts when wrong", () => {
  assert.deepEqual(
    benchPlan({ write: false, only: "browser" }).map((s) => [s.script, s.args]),
    [["bench-browser.ts", []]],
  );
  assert.deepEqual(
    benchPlan({ write: false, only: " search , seed,paths,hub-pages,load " }).map((s) => s.part),
    ["seed", "search", "load", "hub-pages", "paths"],
  );
  assert.throws(
    () => benchPlan({ write: false, only: "seed,gpu" }),
    new RegExp(`--only takes ${BENCH_PARTS.join(", ")} \\(comma-separated\\), got "gpu"`),
  );
  assert.throws(() => benchPlan({ write: false, only: "bench:seed" }), /got "bench:seed"/);
});

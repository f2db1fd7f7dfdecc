// The benchmark commands' shared options: number rules, one declaration per command (usage, defaults, --write), refusals that name the option.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  benchArgs,
  benchUsage,
  flagOption,
  numberListOption,
  numberOption,
  numberOptions,
  textOption,
} from "../../src/bench/cli-options.ts";

test("numbers take underscores; whole and positive by default; each refusal names the option and shows the usage", () => {
  const num = numberOptions("usage: bench");
  assert.equal(num("entities", "100_000"), 100_000);
  assert.equal(num("budget", "1.5", { whole: false }), 1.5);
  assert.equal(num("runs", "0", { positive: false }), 0);
  assert.throws(() => num("runs", "0"), /--runs must be a positive whole number, got 0\nusage: bench/);
  assert.throws(() => num("runs", "1.5"), /--runs must be a positive whole number, got 1\.5/);
  assert.throws(() => num("pan", "-1", { whole: false }), /--pan must be a positive number, got -1/);
  assert.throws(() => num("seed", "x", { positive: false }), /--seed must be a whole number, got x/);
});

const spec = {
  script: "bench:x",
  about: "What it does.",
  writes: "x",
  options: {
    runs: numberOption("3"),
    pan: numberOption("1.5", { whole: false, help: "seconds of panning" }),
    pages: numberOption("2", { positive: false }),
    sizes: numberListOption("10,20"),
    "big-runs": numberOption(undefined, { hint: "R" }),
    heap: textOption("2g"),
    serve: flagOption(),
  },
};

test("a command's options are declared once: defaults, numbers read under their rules, --write and the command line", () => {
  const args = benchArgs(spec, ["--runs", "5", "--sizes", "1_000, 2000,", "--write", "--serve"]);
  assert.ok(args);
  assert.deepEqual(args.values, {
    runs: 5,
    pan: 1.5,
    pages: 2,
    sizes: [1000, 2000],
    "big-runs": undefined,
    heap: "2g",
    serve: true,
  });
  assert.equal(args.write, true);
  assert.equal(args.command, "npm run bench:x -- --runs 5 --sizes 1_000, 2000, --serve");
  assert.equal(benchArgs(spec, ["--pages", "0", "--big-runs", "4"])?.values["big-runs"], 4);
  assert.equal(benchArgs(spec, [])?.write, false);
});

test("the usage lists every option with its default, the help lines, and --write only for a command that writes", () => {
  const usage = benchUsage(spec);
  assert.match(
    usage,
    /^usage: npm run bench:x -- \[--runs 3\] \[--pan 1\.5\] \[--pages 2\] \[--sizes 10,20\] \[--big-runs R\] \[--heap 2g\]/,
  );
  assert.match(usage, /\[--serve\]\s+\[--write\]/);
  assert.match(usage, /\n {2}What it does\.\n/);
  assert.match(usage, /\n {2}--pan {4}seconds of panning\n/);
  assert.match(usage, /--write {2}put the figures into BENCHMARKS\.md \(its x section; other sections stay\)$/);
  assert.doesNotMatch(benchUsage({ script: "bench:y", options: { runs: numberOption("1") } }), /--write/);
  assert.equal(benchArgs({ script: "bench:y", options: {} }, ["--help"]), null);
});

test("a bad value or an unknown option is refused naming the option and what was expected, with the usage", () => {
  assert.throws(
    () => benchArgs(spec, ["--runs", "0"]),
    /--runs must be a positive whole number, got 0\nusage: npm run bench:x/,
  );
  assert.throws(() => benchArgs(spec, ["--pages=-1"]), /--pages must be a whole number, got -1/);
  assert.throws(() => benchArgs(spec, ["--sizes", "10,x"]), /--sizes must be a positive whole number, got x/);
  assert.throws(() => benchArgs(spec, ["--pan", "fast"]), /--pan must be a positive number, got fast/);
  assert.throws(() => benchArgs(spec, ["--bogus"]), /Unknown option '--bogus'[\s\S]*usage: npm run bench:x/);
  assert.throws(
    () => benchArgs({ script: "bench:y", options: {} }, ["--write"]),
    /Unknown option '--write'/,
    "a command without a section takes no --write",
  );
});

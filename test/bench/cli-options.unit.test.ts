// The benchmark commands' shared option rules: whole or not, zero or not, and a refusal that names the option.
import { test } from "node:test";
import assert from "node:assert/strict";
import { numberOptions } from "../../src/bench/cli-options.ts";

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

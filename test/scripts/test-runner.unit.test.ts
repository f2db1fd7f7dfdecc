// The test runner's own guarantees: a file that never ends is killed and named while the run goes on, every kind of
// failure counts, and the closing summary adds up.
import { test } from "node:test";
import assert from "node:assert/strict";
import { runTestFiles, summaryLines } from "../../scripts/test-runner.ts";

const root = new URL("../../", import.meta.url).pathname;
const fixture = (name: string) => `test/fixtures/runner/${name}.ts`;

test("a file that never ends is killed within its limit, fails by name, and the next file still runs", async () => {
  const out: string[] = [];
  const began = Date.now();
  const results = await runTestFiles([fixture("hangs"), fixture("passes")], {
    cwd: root,
    env: process.env,
    nodeArgs: ["--import", "tsx"],
    concurrency: 1,
    fileTimeoutMs: 3_000,
    killGraceMs: 2_000,
    write: (text) => void out.push(text),
  });
  // The limit plus the backstop's grace, well short of forever.
  assert.ok(Date.now() - began < 60_000, `the run ended after ${Date.now() - began} ms`);
  const [hung, passed] = results;
  assert.equal(hung?.file, fixture("hangs"));
  assert.ok(hung!.failed >= 1, JSON.stringify(hung));
  assert.deepEqual([passed?.passed, passed?.failed], [2, 0]);
  const text = out.join("");
  assert.match(text, /# FAILED test\/fixtures\/runner\/hangs\.ts/);
  assert.match(text, /# ok test\/fixtures\/runner\/passes\.ts: all 2 passed/);
  const summary = summaryLines(results, Date.now() - began);
  assert.ok(
    summary.some((l) => l.startsWith("# failed file: test/fixtures/runner/hangs.ts")),
    summary.join("\n"),
  );
  // The hung file may or may not get to report its passing test before it is killed (Node 20 does, 24 does not).
  assert.equal(summary.at(-1), `${hung!.passed + 2} passed, ${hung!.failed} failed`);
});

test("a file that outlives node's own timeout (it ignores SIGTERM) is killed by the runner, with its name", async () => {
  const out: string[] = [];
  const began = Date.now();
  const [stuck] = await runTestFiles([fixture("ignores-sigterm")], {
    cwd: root,
    env: process.env,
    nodeArgs: ["--import", "tsx"],
    concurrency: 1,
    fileTimeoutMs: 2_000,
    killGraceMs: 1_000,
    write: (text) => void out.push(text),
  });
  assert.ok(Date.now() - began < 60_000, `the run ended after ${Date.now() - began} ms`);
  assert.equal(stuck?.problem, "killed after 2 s");
  assert.ok(stuck.failed >= 1);
  assert.match(out.join(""), /# test\/fixtures\/runner\/ignores-sigterm\.ts: still running after 2 s, killed/);
});

test("failing tests and a file that crashes before any test both count as failures; two files run at once", async () => {
  const out: string[] = [];
  const results = await runTestFiles([fixture("fails"), fixture("crashes"), fixture("passes")], {
    cwd: root,
    env: process.env,
    nodeArgs: ["--import", "tsx"],
    concurrency: 2,
    fileTimeoutMs: 60_000,
    write: (text) => void out.push(text),
  });
  assert.deepEqual(
    results.map((r) => [r.file, r.passed, r.failed]),
    [
      [fixture("fails"), 1, 1],
      [fixture("crashes"), 0, 1],
      [fixture("passes"), 2, 0],
    ],
  );
  const summary = summaryLines(results, 1_000);
  assert.equal(summary.at(-1), "3 passed, 2 failed");
  assert.ok(summary.includes("# pass 3") && summary.includes("# fail 2"), summary.join("\n"));
  // Each file's output comes out whole, not interleaved with the other file's.
  const text = out.join("");
  assert.match(text, /broken at import/);
  assert.equal((text.match(/^# (ok|FAILED) /gm) ?? []).length, 3);
});

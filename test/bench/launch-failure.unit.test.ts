// A Chromium that fails to launch fails the test that wanted it, promptly, instead of leaving its server open and the test
// process running for good (the browser bench's smoke test once did exactly that on a machine without Chromium).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { runTestFiles } from "../../scripts/test-runner.ts";

const root = new URL("../../", import.meta.url).pathname;

/** Found by name, wherever the test tree keeps it. */
function findTestFile(dir: string, name: string): string | undefined {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const found = entry.isDirectory() ? findTestFile(path, name) : entry.name === name ? path : undefined;
    if (found) return found;
  }
  return undefined;
}

test("the browser bench's test with a Chromium that will not start fails within seconds and ends its process", async () => {
  const file = findTestFile(join(root, "test"), "browser-bench.browser.test.ts");
  assert.ok(file, "the browser bench's smoke test is in test/");
  const out: string[] = [];
  const [result] = await runTestFiles([relative(root, file)], {
    cwd: root,
    // Node itself as the "browser": it exits at once on Chromium's flags, as a broken or missing Chromium would.
    env: { ...process.env, CHROMIUM_PATH: process.execPath },
    // Only the test that starts a server and then launches Chromium, not the whole benchmark.
    nodeArgs: ["--import", "tsx", "--test-name-pattern=never draws"],
    concurrency: 1,
    fileTimeoutMs: 120_000,
    write: (text) => void out.push(text),
  });
  const text = out.join("");
  assert.equal(result?.problem, undefined, text);
  assert.equal(result?.failed, 1, text);
  assert.match(text, /browserType\.launch/);
  // A hang would run into the file's limit (120 s) and be cancelled there.
  assert.doesNotMatch(text, /timed out|cancelled/);
  assert.ok(result.ms < 60_000, `the file ended after ${result.ms} ms`);
});

// Sigma fed a big view's edges in slices appends each slice to its programs (no pass over the whole graph) and ends
// up holding exactly what a Sigma built over the whole graph in one go holds; anything else that changed in between
// (a restyled node, a dropped edge) gets Sigma's full pass. Real Chromium, real Sigma, WebGL through SwiftShader.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { build } from "vite";
import { launchBrowser } from "../../support/browser.ts";
import type { EdgeAppendRun } from "./pages/edge-append-page.ts";

const outDir = mkdtempSync(join(tmpdir(), "kg-edge-append-"));
let browser: Browser;
let page: Page;
const errors: string[] = [];

before(async () => {
  await build({
    configFile: false,
    logLevel: "error",
    build: {
      outDir,
      emptyOutDir: true,
      sourcemap: false,
      minify: false,
      lib: {
        entry: fileURLToPath(new URL("pages/edge-append-page.ts", import.meta.url)),
        formats: ["iife"],
        name: "edgeAppendPage",
        fileName: () => "page.js",
      },
    },
  });
  browser = await launchBrowser();
  page = await browser.newPage();
  page.on("pageerror", (error) => errors.push(String(error)));
  page.on("console", (msg) => void (msg.type() === "error" && errors.push(msg.text())));
  await page.setContent("<!doctype html><body></body>");
  await page.addScriptTag({ content: readFileSync(join(outDir, "page.js"), "utf8") });
});

after(async () => {
  await browser?.close();
  rmSync(outDir, { recursive: true, force: true });
});

const SLICE = 500;

function assertSame(run: EdgeAppendRun, edges: number): void {
  assert.deepEqual(run.same, { edgeArray: true, nodeArray: true, edgeIds: true, displayed: edges });
  assert.equal(run.edges, edges);
  assert.deepEqual(errors, []);
}

test("edge slices after the first are appended, and Sigma holds what one built in one go holds", async () => {
  const run = await page.evaluate(() => window.edgeAppend.slices());
  // The first pass after the wrapper is installed is a full one; the other seven slices are appended.
  assert.deepEqual(run.stats, { full: 1, appended: 4_000 - SLICE });
  assertSame(run, 4_000);
});

test("a node restyled between two slices brings a full pass, and the result is still the same", async () => {
  const run = await page.evaluate(() => window.edgeAppend.restyled());
  assert.deepEqual(run.stats, { full: 2, appended: 4_000 - 2 * SLICE });
  assertSame(run, 4_000);
});

test("an edge dropped between two slices brings a full pass, and the result is still the same", async () => {
  const run = await page.evaluate(() => window.edgeAppend.dropped());
  assert.deepEqual(run.stats, { full: 2, appended: 4_000 - 2 * SLICE });
  assertSame(run, 3_999);
});

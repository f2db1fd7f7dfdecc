// Smoke run of `npm run bench:browser` at tiny sizes in real Chromium: every figure is there and the report renders; no timing asserts.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runBrowserBench } from "../../src/bench/browser/run.ts";
import { renderBrowserReport, spliceBrowserSection, TITLE } from "../../src/bench/browser/report.ts";
import { measurePage } from "../../src/bench/browser/measure-page.ts";
import { whyNot } from "../../src/bench/browser/cells.ts";
import { launchChromium } from "../../src/bench/chromium.ts";
import { serveStatic } from "../../src/bench/static-server.ts";
import type { PageResult, PageFigures } from "../../src/bench/browser/types.ts";

const root = new URL("../../", import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), "bench-browser-smoke-"));
after(() => rmSync(scratch, { recursive: true, force: true }));

function assertFigures(r: PageResult, nodes: number, edges: number, what: string): asserts r is PageFigures {
  assert.equal(r.status, "ok", `${what}: ${JSON.stringify(r)}`);
  for (const [name, value] of Object.entries({
    firstRender: r.firstRenderMs,
    fps: r.panFps,
    redraws: r.redrawsPerSecond,
    heap: r.heapMB,
    loadMax: r.longTasks.load.maxMs,
    panMax: r.longTasks.pan.maxMs,
    lafMax: r.longAnimationFrames.pan.maxMs,
  })) {
    assert.ok(Number.isFinite(value) && (value ?? -1) >= 0, `${what}: ${name} = ${value}`);
  }
  assert.ok(r.firstRenderMs > 0 && r.panFps > 0 && r.heapMB > 0, `${what}: figures measured`);
  assert.ok(r.cameraMoved, `${what}: the drag moved the camera, not a node`);
  assert.equal(r.nodesDrawn, nodes, `${what}: nodes drawn`);
  assert.equal(r.edgesDrawn, edges, `${what}: edges drawn`);
}

test("the browser benchmark runs end to end at tiny sizes and renders every section", async () => {
  const lines: string[] = [];
  const result = await runBrowserBench({
    root,
    workDir: join(scratch, "work"),
    sizes: [200, 500],
    edgesPerNode: 5,
    runs: 1,
    seed: 7,
    // Equal to the 500-node size: the big case reuses its explorer page and adds the hub expansion.
    big: { nodes: 500, edges: 2_500 },
    bigRuns: 1,
    renderBudgetMs: 90_000,
    panMs: 1_000,
    log: (line) => lines.push(line),
  });
  assert.match(result.webglRenderer, /\w/);
  assert.notEqual(result.webglRenderer, "no WebGL");
  assert.deepEqual(
    result.sizes.map((s) => [s.nodes, s.edges]),
    [
      [200, 1_000],
      [500, 2_500],
    ],
  );
  for (const s of result.sizes) {
    assert.equal(s.runs.length, 1);
    const [run] = s.runs;
    assertFigures(run!.explorer, s.nodes, s.edges, `explorer ${s.nodes}`);
    assertFigures(run!.vis, s.nodes, s.edges, `vis-network ${s.nodes}`);
    assertFigures(run!.sigma, s.nodes, s.edges, `plain Sigma ${s.nodes}`);
    assert.ok(Number.isFinite(run!.vis.buildMs), "the vis-network page sets its marks");
    assert.ok(Number.isFinite(run!.sigma.buildMs), "the plain-Sigma page sets its marks");
    assert.ok(Number.isFinite(run!.parseMs) && run!.parseMs >= 0);
    assert.equal(s.payload.nodes, s.nodes);
    assert.equal(s.payload.edges, s.edges);
    assert.ok(s.payload.gzipBytes > 0 && s.payload.gzipBytes < s.payload.plainBytes);
    assert.ok(s.payload.bytesPerNode > 0 && s.payload.bytesPerEdge > 0);
  }
  const hub = result.big?.runs[0]?.hub;
  assert.equal(hub?.status, "ok", JSON.stringify(hub));
  if (hub?.status !== "ok") return;
  assert.ok(hub.firstPageMs > 0 && Number.isFinite(hub.longestTaskMs));
  assert.match(hub.shown, /Showing 50 of \d+ relationships/);
  assert.ok(hub.nodesAfter > 1);
  assert.ok(
    lines.some((l) => l.includes("run 1:")),
    "progress is logged",
  );

  const section = renderBrowserReport(result, "npm run bench:browser -- --sizes 200,500 --runs 1", "2026-01-01");
  for (const heading of [
    TITLE,
    "### Side by side",
    "### Main thread and memory",
    "### Graph payload",
    "### Against plain Sigma",
    "### Node count at the same frame rate",
    "### The explorer alone with 500 nodes",
  ]) {
    assert.ok(section.includes(heading), `the report has ${heading}`);
  }
  assert.match(section, /\| 200 \/ 1,000 \| 1 \|/);
  assert.doesNotMatch(section, /NaN|undefined/);
  const before = "# Benchmarks\n\n<!-- bench:scale:start -->\nscale figures\n<!-- bench:scale:end -->\n";
  const once = spliceBrowserSection(before, section);
  const twice = spliceBrowserSection(once, section.replace("2026-01-01", "2026-01-02"));
  assert.ok(
    twice.includes("scale figures") && twice.includes("2026-01-02") && !twice.includes("2026-01-01"),
    "only the browser section is replaced",
  );
});

test("a page that never draws ends as 'did not render within N s', and the report says so", async (t) => {
  const dir = join(scratch, "never");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "index.html"), "<!doctype html><title>never ready</title><div id=stage></div>");
  const site = await serveStatic(dir);
  // Closed however the test ends, a failed Chromium launch included: an open server would keep the test process alive.
  t.after(() => site.close());
  const browser = await launchChromium();
  t.after(() => browser.close());
  const r = await measurePage(browser, site.url, "vis-network", { renderBudgetMs: 3_000, panMs: 500 });
  // On a busy machine even loading the page can use up the budget: either way it did not render.
  assert.equal(r.status, "timeout", JSON.stringify(r));
  assert.equal(whyNot([r]), "did not render within 3 s");
});

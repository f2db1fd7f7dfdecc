// A generated graph of a few thousand nodes in real Chromium (offline snapshot, no Neo4j): drawn, laid out in a
// worker while the page keeps handling input, and a hub's neighbours paged 50 at a time. No time budgets: those are
// benchmarks (BENCHMARKS.md), and a busy machine would fail them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { datasetToSnapshot } from "../../src/bench/browser/dataset-snapshot.ts";
import { createDataset } from "../../src/generate/index.ts";
import { BIG_GRAPH } from "../../src/client/lib/layout/index.ts";
import { clickNode, screenshot } from "../support/browser.ts";
import { serveSnapshotSite } from "../support/snapshot-site.ts";
import { useExplorerPage, type Served } from "../support/explorer-page.ts";

const NODES = 3_000;
const EDGES = 12_000;
const siteDir = mkdtempSync(join(tmpdir(), "kg-big-"));
let hub: { id: string; degree: number };

/** Builds the site the pages are served from, with the data the tests compare against. */
async function serveSite(): Promise<Served> {
  const dataset = createDataset({ entities: NODES, relationships: EDGES, seed: 7 });
  const snapshot = await datasetToSnapshot(dataset);
  hub = dataset.manifest().hubs[0]!;
  return serveSnapshotSite(siteDir, snapshot);
}
const app = useExplorerPage({
  serve: serveSite,
  cleanUp: () => rmSync(siteDir, { recursive: true, force: true }),
});

/** A page that records, for every key press it handles, what stage the graph was at; its workers; every console error. */
async function openRecorded(url: string): Promise<{ page: Page; errors: string[]; workers: string[] }> {
  const page = await app.browser.newPage({ viewport: { width: 1400, height: 900 } });
  const errors: string[] = [];
  const workers: string[] = [];
  page.on("console", (msg) => void (msg.type() === "error" && errors.push(msg.text())));
  page.on("pageerror", (err) => errors.push(String(err)));
  page.on("worker", (worker) => workers.push(worker.url()));
  await page.addInitScript(`
    window.__keys = [];
    const seen = (name) => performance.getEntriesByName(name).length > 0;
    addEventListener("keydown", () => window.__keys.push(
      seen("kg:layout-done") ? "after layout" : seen("kg:first-render") ? "during layout" : "before drawing"
    ), true);
  `);
  await page.goto(url);
  return { page, errors, workers };
}

async function laidOut(page: Page): Promise<void> {
  await page.waitForSelector('body[data-graph-ready="true"]', { timeout: 60_000 });
  await page.waitForFunction(() => performance.getEntriesByName("kg:layout-done").length > 0, undefined, {
    timeout: 60_000,
  });
}

test("a generated graph of 3,000 nodes is drawn and laid out in a worker, the page handling input meanwhile", async () => {
  assert.ok(NODES > BIG_GRAPH.nodes, "the test graph takes the big-graph path");
  const { page, errors, workers } = await openRecorded(app.url);
  // Key presses one after another until the layout is done: the page must handle some while the worker lays out.
  // (A harmless key: Shift does nothing in the explorer.)
  const layoutDone = () => page.evaluate(() => performance.getEntriesByName("kg:layout-done").length > 0);
  await page.waitForSelector('body[data-graph-ready="true"]', { timeout: 60_000 });
  while (!(await layoutDone())) await page.keyboard.press("Shift");
  await laidOut(page);
  assert.equal(await page.getAttribute("body", "data-node-count"), String(NODES));
  assert.equal(await page.getAttribute("body", "data-edge-count"), String(EDGES));
  const marks = await page.evaluate(() =>
    ["kg:data-fetched", "kg:graph-built", "kg:first-render", "kg:layout-done"].map(
      (name) => performance.getEntriesByName(name)[0]?.startTime ?? -1,
    ),
  );
  assert.ok(
    marks.every((t, i) => t >= 0 && (i === 0 || t >= marks[i - 1]!)),
    `marks in order: ${marks.join(", ")}`,
  );
  // Laid out, not just scattered: linked nodes sit much closer together than nodes picked at random.
  const shape = await page.evaluate(() => {
    const graph = window.__explorer!.graph;
    const pos = graph.mapNodes((_, a) => [a.x, a.y] as const);
    // No named helpers in here: the test runner's transform would reference a function the page lacks.
    let edgeSum = 0;
    graph.forEachEdge((_e, _a, _s, _t, sa, ta) => void (edgeSum += Math.hypot(sa.x - ta.x, sa.y - ta.y)));
    let randomSum = 0;
    for (let i = 0; i < 5_000; i++) {
      const [a, b] = [pos[(i * 7919) % pos.length]!, pos[(i * 104_729 + 13) % pos.length]!];
      randomSum += Math.hypot(a[0] - b[0], a[1] - b[1]);
    }
    return {
      finite: pos.every(([x, y]) => Number.isFinite(x) && Number.isFinite(y)),
      distinct: new Set(pos.map(([x, y]) => `${x},${y}`)).size,
      ratio: edgeSum / graph.size / (randomSum / 5_000),
    };
  });
  assert.ok(shape.finite, "every position is finite");
  assert.ok(shape.distinct > NODES * 0.99, `positions differ: ${shape.distinct} distinct of ${NODES}`);
  assert.ok(shape.ratio < 0.8, `edges are short next to random pairs: ratio ${shape.ratio.toFixed(2)}`);
  // The layout ran in the layout worker, which reported its own work on the whole graph.
  assert.ok(
    workers.some((url) => /layout-worker/.test(url)),
    `a layout worker was started: ${workers.join(", ")}`,
  );
  const report = await page.evaluate(
    () => (performance.getEntriesByName("kg:layout-worker")[0] as PerformanceMeasure | undefined)?.detail ?? null,
  );
  assert.equal(report?.nodes, NODES, JSON.stringify(report));
  assert.ok(report.refineIterations > 0, JSON.stringify(report));
  // Meanwhile the page's main thread handled input: a key press between the first drawing and the layout's end.
  const keys = await page.evaluate(() => (window as unknown as { __keys: string[] }).__keys);
  assert.ok(keys.includes("during layout"), `key presses handled: ${keys.join(", ")}`);
  await screenshot(page, "60-big-graph");
  assert.deepEqual(errors, []);
  await page.close();
});

test("the first view comes into the stage in slices over several tasks, and is ready only once all of it is in", async () => {
  const page = await app.browser.newPage({ viewport: { width: 1400, height: 900 } });
  // Every count the page writes on <body> before and at the ready signal: a graph fed in slices shows several.
  await page.addInitScript(`
    window.__counts = [];
    new MutationObserver(() => {
      const d = document.body.dataset;
      const last = window.__counts.at(-1);
      const now = { nodes: Number(d.nodeCount ?? 0), edges: Number(d.edgeCount ?? 0), ready: d.graphReady === "true" };
      if (!last || last.nodes !== now.nodes || last.edges !== now.edges || last.ready !== now.ready)
        window.__counts.push(now);
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-node-count", "data-edge-count", "data-graph-ready"] });
    // Every frame Sigma draws once the test handle is installed (right after the stage is built): how big the graph was.
    window.__drawn = [];
    let handle;
    Object.defineProperty(window, "__explorer", {
      configurable: true,
      get: () => handle,
      set: (value) => {
        handle = value;
        value.sigma.on("afterRender", () => window.__drawn.push(value.graph.order + value.graph.size));
      },
    });
  `);
  await page.goto(app.url);
  await laidOut(page);
  const counts = await page.evaluate(
    () => (window as unknown as { __counts: Array<{ nodes: number; edges: number; ready: boolean }> }).__counts,
  );
  const before = counts.filter((c) => !c.ready);
  const firstReady = counts.find((c) => c.ready);
  assert.ok(before.length >= 3, `the graph grew over several steps before it was ready: ${JSON.stringify(counts)}`);
  for (let i = 1; i < before.length; i++)
    assert.ok(
      before[i]!.nodes + before[i]!.edges > before[i - 1]!.nodes + before[i - 1]!.edges,
      `it only grew: ${JSON.stringify(before)}`,
    );
  assert.deepEqual(firstReady, { nodes: NODES, edges: EDGES, ready: true }, "ready once the whole graph is in");
  // Sigma holds every node and edge of the data graph.
  const drawn = await page.evaluate(() => {
    const { sigma, graph } = window.__explorer!;
    return {
      nodes: graph.filterNodes((n) => sigma.getNodeDisplayData(n) !== undefined).length,
      edges: graph.filterEdges((e) => sigma.getEdgeDisplayData(e) !== undefined).length,
    };
  });
  assert.deepEqual(drawn, { nodes: NODES, edges: EDGES });
  // No frame of a half-fed view: the slices go into Sigma without a draw, the first frame after them is the whole.
  const frames = await page.evaluate(() => (window as unknown as { __drawn: number[] }).__drawn);
  assert.ok(frames.length > 0, "frames were drawn");
  assert.deepEqual(
    frames.filter((items) => items !== NODES + EDGES),
    [],
    `every frame drawn after the stage was built held the whole view: ${frames.join(", ")}`,
  );
  // Each edge slice went into Sigma's programs as it came, not through a pass over the whole graph; and a big
  // stage builds only the two programs it draws with (points, one-pixel lines) under Sigma's own names.
  const stage = await page.evaluate(() => {
    const { sigma, processes } = window.__explorer!;
    return {
      processes: { ...processes },
      nodePrograms: Object.keys(sigma.getSetting("nodeProgramClasses")).sort(),
      edgePrograms: Object.keys(sigma.getSetting("edgeProgramClasses")).sort(),
    };
  });
  assert.equal(stage.processes.appended, EDGES, JSON.stringify(stage.processes));
  assert.deepEqual(stage.nodePrograms, ["circle"]);
  assert.deepEqual(stage.edgePrograms, ["arrow", "line"]);
  await page.close();
});

test("expanding the busiest hub pages its neighbours 50 at a time", async () => {
  const { page, errors } = await openRecorded(app.url);
  await laidOut(page);
  await clickNode(page, hub.id);
  await page.locator('[data-testid="details-panel"]').waitFor({ state: "visible" });
  await page.locator('[data-testid="expand"]').click();
  const status = page.locator('[data-testid="expand-status"]');
  await page.waitForFunction(
    () => /Showing 50 of/.test(document.querySelector('[data-testid="expand-status"]')?.textContent ?? ""),
    undefined,
    { timeout: 15_000 },
  );
  assert.match(
    (await status.textContent()) ?? "",
    new RegExp(`Showing 50 of ${hub.degree.toLocaleString("en-US")}|Showing 50 of ${hub.degree}`),
  );
  await page.locator('[data-testid="load-more"]').click();
  await page.waitForFunction(
    () => /Showing 100 of/.test(document.querySelector('[data-testid="expand-status"]')?.textContent ?? ""),
    undefined,
    { timeout: 15_000 },
  );
  assert.equal(await page.getAttribute("body", "data-node-count"), String(NODES), "the whole graph stays in view");
  assert.deepEqual(errors, []);
  await page.close();
});

/** Waits until Sigma draws every node at the size its degree gives (4 to 20 px by square root over the range). */
async function degreeSizesDrawn(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const e = window.__explorer!;
      const entry = e.store.get().measures.entries.degree;
      if (!entry) return false;
      const values = Array.from(entry.result.values);
      const min = Math.min(...values);
      const max = Math.max(...values);
      return e.graph.everyNode((key) => {
        const value = entry.result.values[entry.index.get(key)!]!;
        const expected = 4 + 16 * Math.sqrt((value - min) / (max - min));
        return Math.abs(e.sigma.getNodeDisplayData(key)!.size - expected) < 1e-6;
      });
    },
    undefined,
    { timeout: 60_000, polling: 250 },
  );
}

test("a size rule by degree on a big graph redraws every node (a slice per task), not the data graph", async () => {
  const { page, errors } = await openRecorded(app.url);
  await laidOut(page);
  const dataSizes = await page.evaluate(() => window.__explorer!.graph.mapNodes((_, attrs) => attrs.size));
  assert.equal(await page.evaluate(() => window.__explorer!.restyle.way), "nodes", "the page's way is on");
  await page.locator('[data-testid="style-toggle"]').click();
  await page.locator('[data-testid="style-node-size"]').selectOption("degree");
  // Every node ends up drawn at the size its degree gives.
  await degreeSizesDrawn(page);
  assert.deepEqual(
    await page.evaluate(() => window.__explorer!.graph.mapNodes((_, attrs) => attrs.size)),
    dataSizes,
    "the data graph keeps its sizes: the rule goes through the reducer",
  );
  assert.deepEqual(errors, []);
  await page.close();
});

/** Counts, on the canvas of each Sigma layer named, the WebGL calls that clear it or draw into it (from now on). */
async function countDraws(page: Page, layers: readonly string[]): Promise<void> {
  await page.evaluate((layers) => {
    const counts: Record<string, number> = {};
    const canvases = window.__explorer!.sigma.getCanvases();
    for (const layer of layers) {
      const canvas = canvases[layer]!;
      const gl = (canvas.getContext("webgl2") ?? canvas.getContext("webgl")) as WebGL2RenderingContext;
      counts[layer] = 0;
      for (const name of ["clear", "drawArrays", "drawArraysInstanced", "drawElements"] as const) {
        const original = gl[name] as (...args: unknown[]) => void;
        (gl as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
          counts[layer]!++;
          return original.apply(gl, args);
        };
      }
    }
    (window as unknown as { __draws: Record<string, number> }).__draws = counts;
  }, layers);
}

/** Waits until Sigma has drawn no frame for a second (the layout's last positions, the camera's fit, a panel). */
async function stageStill(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __lastFrame?: number };
    if (w.__lastFrame === undefined)
      window.__explorer!.sigma.on("afterRender", () => (w.__lastFrame = performance.now()));
    w.__lastFrame = performance.now();
  });
  await page.waitForFunction(
    () => performance.now() - (window as unknown as { __lastFrame: number }).__lastFrame > 1_000,
  );
}

test("a size rule on a big graph draws the nodes' layer alone: the edges' canvas is neither cleared nor drawn", async () => {
  const { page, errors } = await openRecorded(app.url);
  await laidOut(page);
  await page.locator('[data-testid="style-toggle"]').click();
  await stageStill(page);
  await countDraws(page, ["edges", "nodes"]);
  await page.locator('[data-testid="style-node-size"]').selectOption("degree");
  // Every node drawn at the size its degree gives…
  await degreeSizesDrawn(page);
  // …and on screen: the nodes' layer drawn again after the last slice, the edges' layer left as it was.
  const draws = () => page.evaluate(() => (window as unknown as { __draws: Record<string, number> }).__draws);
  await page.waitForFunction(() => (window as unknown as { __draws: Record<string, number> }).__draws.nodes! > 0);
  await stageStill(page);
  const counted = await draws();
  assert.equal(counted.edges, 0, `the edges' canvas was cleared or drawn ${counted.edges} times`);
  assert.ok(counted.nodes! > 0, "the nodes' canvas was drawn");
  assert.deepEqual(errors, []);
  await page.close();
});

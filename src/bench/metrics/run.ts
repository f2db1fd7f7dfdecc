// Network measures in real Chromium, the explorer's offline edition on a generated graph: each measure computed the
// page's way (the metrics worker) and the old way (the same code on the main thread), in the same page and run:
// time, and the longest main-thread task meanwhile (long tasks observed by the probe installed before the page).
import { mkdir, rm } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { NETWORK_MEASURES, type NetworkMeasure } from "../../shared/index.ts";
import { createDataset } from "../../generate/index.ts";
import { chooseChromium, launchChromium } from "../chromium.ts";
import { load1 } from "../machine.ts";
import { serveStatic } from "../static-server.ts";
import { datasetToSnapshot } from "../browser/dataset-snapshot.ts";
import { buildExplorer, writeExplorerSite } from "../browser/explorer-site.ts";
import { openSession, waitForGraph } from "../browser/page-session.ts";

export interface MeasureFigures {
  /** Request to values on the page (reading the graph in slices, the worker, the transfer). */
  wallMs: number;
  /** The computation itself, where it ran. */
  computeMs: number;
  longestTaskMs: number;
  longTasks: number;
  /** Betweenness: source nodes of the estimate (null: exact). Louvain: communities found. */
  sources: number | null;
  communities: number | null;
}

/** One way of drawing the rule change: the longest main-thread task meanwhile, and Sigma's full frames drawn. */
export interface ApplyWay {
  longestTaskMs: number;
  /** Sigma renders (every layer, edges included) between the rule change and the end of the window. */
  fullFrames: number;
  /** What can call for a full frame meanwhile: the camera's updates, and changes of the stage's size. */
  cameraUpdates: number;
  stageResizes: number;
}

export interface ApplyFigures {
  /** The page's way: the nodes reprocessed in slices, then their layer drawn alone on a big graph. */
  nodes: ApplyWay;
  /** The previous way: the same slices, each followed by Sigma's full frame. */
  slices: ApplyWay;
  /** The old way: one full refresh on the rule change. */
  full: ApplyWay;
  /**
   * The page's way with the legend's colour note already shown (colour by community first, then size by PageRank
   * added): the same nodes reprocessed and drawn, without the stage resize the note's line causes.
   */
  nodesNoResize: ApplyWay;
  /** A bare full refresh (reducers, programs, frame), timed after. */
  fullRefreshMs: number;
  /** A bare Sigma frame with nothing to reprocess (every layer drawn), timed after. */
  fullFrameMs: number;
}

export interface MeasureRun {
  measure: NetworkMeasure;
  worker: MeasureFigures;
  page: MeasureFigures;
}

export interface SizeResult {
  nodes: number;
  edges: number;
  runs: MeasureRun[][];
  applies: ApplyFigures[];
}

export interface MetricsBenchResult {
  commit: string;
  chromium: string;
  load1: number[];
  sizes: SizeResult[];
}

export interface MetricsBenchOptions {
  root: string;
  workDir: string;
  sizes: number[];
  edgesPerNode: number;
  runs: number;
  seed: number;
  /** The measures timed (pagerank and community are computed in any case: the rules applied need them). */
  measures: readonly NetworkMeasure[];
  log: (line: string) => void;
}

/** One measure one way, timed on the page, with the long tasks that started meanwhile. */
async function timed(page: Page, measure: NetworkMeasure, way: "worker" | "page"): Promise<MeasureFigures> {
  return page.evaluate(
    ({ measure, way }) =>
      // Started from a timer, as a page's own work is: the long-task observer does not see work done by a DevTools
      // evaluation itself.
      new Promise<MeasureFigures>((resolve, reject) =>
        setTimeout(() => {
          const e = window.__explorer!;
          const started = performance.now();
          const computed =
            way === "worker"
              ? e.measures.compute([measure]).then(() => e.store.get().measures.entries[measure]!.result)
              : e.measures.computeOnPage(measure).then((r) => r!);
          computed
            .then(async (result) => {
              const ended = performance.now();
              // Long tasks are reported after they end: give the observer a moment.
              await new Promise((wait) => setTimeout(wait, 300));
              const spans = [...(window.__bench?.longTasks ?? [])];
              const tasks = spans.filter((t) => t.start + t.duration >= started && t.start <= ended);
              resolve({
                wallMs: ended - started,
                computeMs: result.ms,
                longestTaskMs: Math.max(0, ...tasks.map((t) => t.duration)),
                longTasks: tasks.length,
                sources: result.sources,
                communities: result.communities,
              });
            })
            .catch(reject);
        }, 0),
      ),
    { measure, way },
  );
}

/** Waits until the page has had no long task for 5 s (its first drawing of a big graph goes on after the layout). */
async function quiet(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const tasks = window.__bench?.longTasks ?? [];
      const last = tasks.reduce((end, t) => Math.max(end, t.start + t.duration), 0);
      return performance.now() - last > 5_000;
    },
    undefined,
    { timeout: 300_000, polling: 500 },
  );
}

/**
 * Size by PageRank and colour by community switched on (their values already computed), drawn the page's way (the
 * nodes reprocessed in slices, then their layer alone), the previous way (the same slices, each followed by Sigma's
 * full frame) and the old way (one full Sigma refresh), in the same page (`restyle.way`), the rules switched off
 * between two: the longest main-thread task and the number of Sigma's full frames while each draws, then a bare full
 * refresh and a bare full frame timed.
 */
async function applyRules(page: Page): Promise<ApplyFigures> {
  // tsx compiles the named helpers below with esbuild's keepNames, which wraps them in a `__name` call the page lacks.
  await page.evaluate("globalThis.__name ??= (f) => f");
  return page.evaluate(
    () =>
      new Promise<ApplyFigures>((resolve) => {
        const e = window.__explorer!;
        const seen = { frames: 0, camera: 0, resizes: 0 };
        e.sigma.on("beforeRender", () => seen.frames++);
        e.sigma.getCamera().on("updated", () => seen.camera++);
        const stage = e.sigma.getContainer();
        let size = `${stage.offsetWidth}x${stage.offsetHeight}`;
        new ResizeObserver(() => {
          const now = `${stage.offsetWidth}x${stage.offsetHeight}`;
          if (now !== size) seen.resizes++;
          size = now;
        }).observe(stage);
        const setRules = (rules: { size: "pagerank" | "label"; color: "community" | "label" }) =>
          e.store.update((s) => ({
            ...s,
            perspective: {
              ...s.perspective,
              current: s.perspective.current && { ...s.perspective.current, nodeRules: rules },
            },
          }));
        const longestSince = (started: number) =>
          Math.max(
            0,
            ...(window.__bench?.longTasks ?? [])
              .filter((t) => t.start + t.duration >= started && t.start <= performance.now())
              .map((t) => t.duration),
          );
        // Each step from a timer, as a page's own work is (the long-task observer does not see a DevTools
        // evaluation's own work); 8 s is far more than the slices need at 100,000 nodes.
        const later = (ms: number) => new Promise((done) => setTimeout(done, ms));
        const apply = async (way: "nodes" | "slices" | "full", noteFirst = false): Promise<ApplyWay> => {
          if (noteFirst) {
            e.restyle.way = "full";
            setRules({ size: "label", color: "community" });
            await later(4_000);
          }
          e.restyle.way = way;
          const at = performance.now();
          const before = { ...seen };
          setRules({ size: "pagerank", color: "community" });
          await later(8_000);
          const figures = {
            longestTaskMs: longestSince(at),
            fullFrames: seen.frames - before.frames,
            cameraUpdates: seen.camera - before.camera,
            stageResizes: seen.resizes - before.resizes,
          };
          e.restyle.way = "full";
          setRules({ size: "label", color: "label" });
          await later(4_000);
          return figures;
        };
        void later(0).then(async () => {
          const nodes = await apply("nodes");
          const slices = await apply("slices");
          const full = await apply("full");
          const nodesNoResize = await apply("nodes", true);
          e.restyle.way = "nodes";
          let before = performance.now();
          e.sigma.refresh();
          const fullRefreshMs = performance.now() - before;
          await later(1_000);
          before = performance.now();
          (e.sigma as unknown as { render(): void }).render();
          const fullFrameMs = performance.now() - before;
          resolve({ nodes, slices, full, nodesNoResize, fullRefreshMs, fullFrameMs });
        });
      }),
  );
}

async function measureSize(
  browser: Browser,
  url: string,
  o: MetricsBenchOptions,
  nodes: number,
): Promise<{ runs: MeasureRun[]; apply: ApplyFigures }> {
  const session = await openSession(browser);
  try {
    await session.page.goto(url);
    await waitForGraph(session, 600_000);
    // The big-graph layout runs in a worker and is applied on the page: measure once it is done and drawn.
    await session.page.waitForFunction(() => performance.getEntriesByName("kg:layout-done").length > 0, undefined, {
      timeout: 600_000,
      polling: 500,
    });
    await quiet(session.page);
    // Every measure the worker's way first, then the old way: the old way leaves the page's heap full of graphs to
    // collect, and that collection would land in the next worker run's window and be counted against it.
    const byWorker = new Map<NetworkMeasure, MeasureFigures>();
    const timedMeasures = NETWORK_MEASURES.filter((m) => o.measures.includes(m));
    for (const measure of timedMeasures) {
      const worker = await timed(session.page, measure, "worker");
      o.log(
        `  ${nodes} nodes, ${measure} in the worker: ${Math.round(worker.wallMs)} ms (longest task ${Math.round(worker.longestTaskMs)} ms)`,
      );
      byWorker.set(measure, worker);
    }
    const missing = (["pagerank", "community"] as const).filter((m) => !byWorker.has(m));
    if (missing.length) await session.page.evaluate((m) => window.__explorer!.measures.compute(m), missing);
    await quiet(session.page);
    const apply = await applyRules(session.page);
    const way = (w: ApplyWay) =>
      `longest task ${Math.round(w.longestTaskMs)} ms, ${w.fullFrames} full frame(s), ${w.cameraUpdates} camera update(s), ${w.stageResizes} stage resize(s)`;
    o.log(
      `  ${nodes} nodes, applying size by PageRank and colour by community: the nodes alone ${way(apply.nodes)}; slices with full frames ${way(apply.slices)}; one full refresh ${way(apply.full)}; the nodes alone, the legend's note already shown ${way(apply.nodesNoResize)}; a bare full refresh ${Math.round(apply.fullRefreshMs)} ms, a bare full frame ${Math.round(apply.fullFrameMs)} ms`,
    );
    const runs: MeasureRun[] = [];
    for (const measure of timedMeasures) {
      const page = await timed(session.page, measure, "page");
      o.log(
        `  ${nodes} nodes, ${measure} on the main thread: ${Math.round(page.wallMs)} ms (longest task ${Math.round(page.longestTaskMs)} ms)`,
      );
      runs.push({ measure, worker: byWorker.get(measure)!, page });
    }
    if (session.errors.length) throw new Error(`the page reported errors: ${session.errors.join("; ")}`);
    return { runs, apply };
  } finally {
    await session.close();
  }
}

export async function runMetricsBench(o: MetricsBenchOptions): Promise<MetricsBenchResult> {
  const loads = [load1()];
  await mkdir(o.workDir, { recursive: true });
  const builtDir = join(o.workDir, "build");
  o.log(`Building the explorer (HEAD as committed, test build for window.__explorer) into ${builtDir}…`);
  process.env.EXPLORER_TEST_HOOKS = "1";
  const { commit } = await buildExplorer(o.root, o.workDir, builtDir);
  const chosen = await chooseChromium();
  const browser = await launchChromium(chosen);
  const sizes: SizeResult[] = [];
  try {
    for (const nodes of o.sizes) {
      const edges = nodes * o.edgesPerNode;
      const dataset = createDataset({ entities: nodes, relationships: edges, seed: o.seed });
      const snapshot = await datasetToSnapshot(
        { entities: dataset.entities, relationships: dataset.relationships },
        { exportedAt: "2026-01-01T00:00:00.000Z" },
      );
      const dir = join(o.workDir, `site-${nodes}`);
      await rm(dir, { recursive: true, force: true });
      await writeExplorerSite(builtDir, dir, snapshot);
      const served = await serveStatic(dir);
      try {
        const runs: MeasureRun[][] = [];
        const applies: ApplyFigures[] = [];
        for (let run = 0; run < o.runs; run++) {
          o.log(`${nodes} nodes / ${edges} edges, run ${run + 1} of ${o.runs}`);
          const measured = await measureSize(browser, served.url, o, nodes);
          runs.push(measured.runs);
          applies.push(measured.apply);
          loads.push(load1());
        }
        sizes.push({ nodes: snapshot.nodes.length, edges: snapshot.relationships.length, runs, applies });
      } finally {
        await served.close();
        await rm(dir, { recursive: true, force: true });
      }
    }
  } finally {
    await browser.close();
  }
  return { commit, chromium: chosen.label, load1: loads, sizes };
}

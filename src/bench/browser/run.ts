// The browser benchmark: per size, the explorer, a vis-network page and a plain-Sigma page draw the same snapshot in
// the same Chromium, one after the other, run after run; then the explorer alone on the big graph, with a hub expansion.
import { mkdir, rm } from "node:fs/promises";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { chooseChromium, launchChromium } from "../chromium.ts";
import { load1 } from "../machine.ts";
import { serveStatic } from "../static-server.ts";
import { libraryVersions, webglRenderer } from "./environment.ts";
import { buildExplorer } from "./explorer-site.ts";
import { measureHubExpand } from "./hub-expand.ts";
import { measurePage, measureParse } from "./measure-page.ts";
import { buildSigmaPage } from "./sigma-site.ts";
import { prepareSites } from "./sites.ts";
import type { BigRun, BrowserBenchOptions, BrowserBenchResult, PageResult, SizeResult, SizeRun } from "./types.ts";

const describe = (r: PageResult) =>
  r.status === "ok"
    ? `first render ${Math.round(r.firstRenderMs)} ms, ${r.panFps.toFixed(1)} fps, longest task ${Math.round(Math.max(r.longTasks.load.maxMs, r.longTasks.pan.maxMs))} ms`
    : r.status === "timeout"
      ? `did not finish "${r.step}" within ${r.budgetMs / 1000} s`
      : `failed: ${r.message}`;

interface Served {
  explorer: string;
  vis: string;
  sigma: string;
  hub: { id: string; degree: number };
  close(): Promise<void>;
}

interface Built {
  explorer: string;
  sigma: string;
}

async function serveSize(o: BrowserBenchOptions, built: Built, nodes: number, edges: number) {
  const dir = join(o.workDir, `graph-${nodes}-${edges}`);
  o.log(`${nodes} nodes, ${edges} edges: generating the data set and writing the three sites…`);
  const sites = await prepareSites({
    root: o.root,
    builtDir: built.explorer,
    sigmaBuiltDir: built.sigma,
    dir,
    nodes,
    edges,
    seed: o.seed,
  });
  const [explorer, vis, sigma] = await Promise.all(
    [sites.explorerDir, sites.visDir, sites.sigmaDir].map((site) => serveStatic(site)),
  );
  const top = sites.manifest.hubs[0] ?? { id: "", degree: 0 };
  const served: Served = {
    explorer: explorer!.url,
    vis: vis!.url,
    sigma: sigma!.url,
    hub: { id: top.id, degree: top.degree },
    close: async () => {
      await Promise.all([explorer!.close(), vis!.close(), sigma!.close()]);
      await rm(dir, { recursive: true, force: true });
    },
  };
  return { served, payload: sites.payload };
}

/** A peer page that did not render once is not made to time out again, at this size or a bigger one. */
export interface GaveUp {
  vis: boolean;
  sigma: boolean;
}

/** Which page goes first turns with the run (explorer, vis, sigma; then vis, sigma, explorer; …). */
export function pageOrder(run: number): (keyof Omit<SizeRun, "parseMs">)[] {
  const order = ["explorer", "vis", "sigma"] as const;
  return order.map((_, i) => order[(i + run) % order.length]!);
}

async function compareRun(
  browser: Browser,
  o: BrowserBenchOptions,
  s: Served,
  run: number,
  gaveUp: GaveUp,
): Promise<SizeRun> {
  const measure = { renderBudgetMs: o.renderBudgetMs, panMs: o.panMs };
  const notRetried: PageResult = { status: "timeout", budgetMs: o.renderBudgetMs, step: "first render (not retried)" };
  const pages = {
    explorer: () => measurePage(browser, s.explorer, "explorer", measure),
    vis: async () => (gaveUp.vis ? notRetried : measurePage(browser, s.vis, "vis-network", measure)),
    sigma: async () => (gaveUp.sigma ? notRetried : measurePage(browser, s.sigma, "sigma", measure)),
  };
  // Turning which page goes first evens out warm caches and a busy machine.
  const results: Partial<Record<keyof typeof pages, PageResult>> = {};
  for (const name of pageOrder(run)) results[name] = await pages[name]();
  const { explorer, vis, sigma } = results as Record<keyof typeof pages, PageResult>;
  const parseMs = await measureParse(browser, s.explorer);
  o.log(
    `  run ${run + 1}: explorer ${describe(explorer)}; vis-network ${describe(vis)}; plain Sigma ${describe(sigma)}; JSON.parse ${Math.round(parseMs)} ms`,
  );
  return { explorer, vis, sigma, parseMs };
}

async function bigRun(
  browser: Browser,
  o: BrowserBenchOptions,
  s: Served,
  run: number,
  page?: PageResult,
): Promise<BigRun> {
  const measured =
    page ?? (await measurePage(browser, s.explorer, "explorer", { renderBudgetMs: o.renderBudgetMs, panMs: o.panMs }));
  const hub = await measureHubExpand(browser, s.explorer, s.hub, o.renderBudgetMs);
  const hubText =
    hub.status === "ok"
      ? `first page of ${s.hub.degree} neighbours after ${Math.round(hub.firstPageMs)} ms, longest task ${Math.round(hub.longestTaskMs)} ms`
      : describe(hub);
  o.log(`  big run ${run + 1}: explorer ${describe(measured)}; hub ${s.hub.id}: ${hubText}`);
  return { page: measured, hub };
}

export async function runBrowserBench(o: BrowserBenchOptions): Promise<BrowserBenchResult> {
  const began = Date.now();
  const loadStart = load1();
  await mkdir(o.workDir, { recursive: true });
  const builtDir = join(o.workDir, "build");
  o.log(`Building the explorer (HEAD as committed) into ${builtDir}…`);
  const { commit } = await buildExplorer(o.root, o.workDir, builtDir);
  const sigmaBuiltDir = join(o.workDir, "sigma-build");
  o.log(`Bundling the plain-Sigma page into ${sigmaBuiltDir}…`);
  await buildSigmaPage(o.root, sigmaBuiltDir);
  const built: Built = { explorer: builtDir, sigma: sigmaBuiltDir };
  const chosen = await chooseChromium();
  o.log(`Chromium: ${chosen.label}`);
  const browser = await launchChromium(chosen);
  try {
    const renderer = await webglRenderer(browser);
    const sizes: SizeResult[] = [];
    let big: BrowserBenchResult["big"] = null;
    const gaveUp: GaveUp = { vis: false, sigma: false };
    for (const nodes of o.sizes) {
      const edges = nodes * o.edgesPerNode;
      const { served, payload } = await serveSize(o, built, nodes, edges);
      const isBig = o.big !== null && o.big.nodes === nodes && o.big.edges === edges;
      try {
        const runs: SizeRun[] = [];
        const bigRuns: BigRun[] = [];
        for (let run = 0; run < o.runs; run++) {
          const r = await compareRun(browser, o, served, run, gaveUp);
          runs.push(r);
          gaveUp.vis ||= r.vis.status !== "ok";
          gaveUp.sigma ||= r.sigma.status !== "ok";
          // The big graph among the compared sizes: its explorer pages count for the big case too.
          if (isBig && run < o.bigRuns) bigRuns.push(await bigRun(browser, o, served, run, r.explorer));
        }
        sizes.push({ nodes, edges, payload, runs });
        if (isBig) big = { nodes, edges, payload, runs: bigRuns };
      } finally {
        await served.close();
      }
    }
    if (o.big && !big) {
      const { served, payload } = await serveSize(o, built, o.big.nodes, o.big.edges);
      try {
        const runs: BigRun[] = [];
        for (let run = 0; run < o.bigRuns; run++) runs.push(await bigRun(browser, o, served, run));
        big = { nodes: o.big.nodes, edges: o.big.edges, payload, runs };
      } finally {
        await served.close();
      }
    }
    const { log: _log, ...options } = o;
    return {
      options,
      explorerCommit: commit,
      webglRenderer: renderer,
      chromium: `${browser.version()} (${{ debian: "Debian's", bundled: "@sparticuz/chromium's", CHROMIUM_PATH: "CHROMIUM_PATH" }[chosen.source]})`,
      versions: libraryVersions(o.root),
      sizes,
      big,
      load1: { start: loadStart, end: load1() },
      totalMs: Date.now() - began,
    };
  } finally {
    await browser.close();
    await rm(builtDir, { recursive: true, force: true });
    await rm(sigmaBuiltDir, { recursive: true, force: true });
  }
}

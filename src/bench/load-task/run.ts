// The loading benchmark: the explorer at HEAD and at an older commit (the old way) load the same offline snapshot in
// the same Chromium, run after run, alternating; the figure is the longest main-thread task until the layout is done.
// A plain-Sigma page reading the same file is the peer: the renderer's own longest task, with nothing of the explorer.
// The article graph is also loaded by the live edition: HEAD's page over HEAD's API on a private Neo4j holding it (the
// old build cannot be its old way there: it reads another form of the API's graph answer).
import { readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { chooseChromium, launchChromium } from "../chromium.ts";
import { load1 } from "../machine.ts";
import { serveStatic } from "../static-server.ts";
import { buildExplorer, writeExplorerSite } from "../browser/explorer-site.ts";
import { buildSigmaPage, writeSigmaSite } from "../browser/sigma-site.ts";
import { datasetToSnapshot } from "../browser/dataset-snapshot.ts";
import { measurePage } from "../browser/measure-page.ts";
import type { PageResult } from "../browser/types.ts";
import { createDataset } from "../../generate/index.ts";
import { parseSnapshot, type Snapshot } from "../../shared/index.ts";
import { startExplorer, type RunningExplorer } from "../../server/run.ts";
import { startPrivateGraph, type PrivateGraph } from "../private-graph.ts";

export interface LoadTaskOptions {
  root: string;
  workDir: string;
  /** The commit measured as the old way. */
  against: string;
  /** Generated graphs by node count (edges: `edgesPerNode` times as many); the article graph comes first. */
  sizes: number[];
  edgesPerNode: number;
  article: boolean;
  runs: number;
  seed: number;
  renderBudgetMs: number;
  /** The live edition's private Neo4j (article graph), or null to leave the live edition out. */
  live: { port: number } | null;
  log: (line: string) => void;
}

export interface LoadTaskCase {
  name: string;
  nodes: number;
  edges: number;
  /** Per run: [HEAD, old way]. */
  runs: Array<[PageResult, PageResult]>;
  /** Per run: the plain-Sigma page on the same snapshot, measured after the pair. */
  plainSigma: PageResult[];
  /** The article graph only, per run: HEAD's live edition (page and API) over a private Neo4j holding it. */
  live?: PageResult[];
}

export interface LoadTaskResult {
  head: string;
  against: string;
  cases: LoadTaskCase[];
  load1: { start: number; end: number };
  chromium: string;
}

export const ARTICLE_CASE = "article graph";
const ARTICLE = new URL("../../../test/fixtures/article-snapshot.json", import.meta.url);

async function snapshots(o: LoadTaskOptions): Promise<Array<{ name: string; snapshot: () => Promise<Snapshot> }>> {
  const out: Array<{ name: string; snapshot: () => Promise<Snapshot> }> = [];
  if (o.article)
    out.push({
      name: ARTICLE_CASE,
      snapshot: async () => parseSnapshot(JSON.parse(await readFile(ARTICLE, "utf8"))),
    });
  for (const nodes of o.sizes)
    out.push({
      name: `${nodes.toLocaleString("en")} nodes`,
      snapshot: async () => {
        const dataset = createDataset({ entities: nodes, relationships: nodes * o.edgesPerNode, seed: o.seed });
        return datasetToSnapshot(dataset, { exportedAt: "2026-01-01T00:00:00.000Z" });
      },
    });
  return out;
}

const longest = (r: PageResult) => (r.status === "ok" ? Math.round(r.longTasks.load.maxMs) : r.status);

export async function runLoadTaskBench(o: LoadTaskOptions): Promise<LoadTaskResult> {
  const loadStart = load1();
  const builds = {
    head: join(o.workDir, "build-head"),
    old: join(o.workDir, "build-old"),
    sigma: join(o.workDir, "build-sigma"),
  };
  o.log(`Building the explorer at HEAD and at ${o.against}…`);
  const { commit: head } = await buildExplorer(o.root, o.workDir, builds.head);
  const { commit: against } = await buildExplorer(o.root, o.workDir, builds.old, o.against);
  await buildSigmaPage(o.root, builds.sigma);
  const chosen = await chooseChromium();
  const browser = await launchChromium(chosen);
  const cases: LoadTaskCase[] = [];
  let graph: PrivateGraph | null = null;
  let server: RunningExplorer | null = null;
  try {
    if (o.live && o.article) {
      graph = await startPrivateGraph({
        root: o.root,
        dataDir: ".data/neo4j-bench-load-task",
        port: o.live.port,
        data: { kind: "article" },
        log: o.log,
      });
      server = await startExplorer({ connection: graph.connection, port: 0, staticDir: builds.head, logger: false });
    }
    for (const c of await snapshots(o)) {
      const snapshot = await c.snapshot();
      const dirs = {
        head: join(o.workDir, "site-head"),
        old: join(o.workDir, "site-old"),
        sigma: join(o.workDir, "site-sigma"),
      };
      const { snapshotFile } = await writeExplorerSite(builds.head, dirs.head, snapshot);
      await writeExplorerSite(builds.old, dirs.old, snapshot);
      await writeSigmaSite(builds.sigma, dirs.sigma, snapshotFile);
      const [newSite, oldSite, sigmaSite] = await Promise.all([
        serveStatic(dirs.head),
        serveStatic(dirs.old),
        serveStatic(dirs.sigma),
      ]);
      const measure = (url: string, renderer: "explorer" | "sigma" = "explorer") =>
        measurePage(browser, url, renderer, { renderBudgetMs: o.renderBudgetMs, panMs: 200 });
      const runs: Array<[PageResult, PageResult]> = [];
      const plainSigma: PageResult[] = [];
      const liveUrl = c.name === ARTICLE_CASE ? server?.url : undefined;
      const live: PageResult[] = [];
      try {
        for (let run = 0; run < o.runs; run++) {
          // Alternating which goes first evens out warm caches and a busy machine.
          const pair: [PageResult, PageResult] =
            run % 2 === 0
              ? [await measure(newSite.url), await measure(oldSite.url)]
              : (([old, now]) => [now, old] as [PageResult, PageResult])([
                  await measure(oldSite.url),
                  await measure(newSite.url),
                ]);
          runs.push(pair);
          const peer = await measure(sigmaSite.url, "sigma");
          plainSigma.push(peer);
          const liveRun = liveUrl ? await measure(liveUrl) : null;
          if (liveRun) live.push(liveRun);
          o.log(
            `  ${c.name}, run ${run + 1}: longest loading task ${longest(pair[0])} ms, old way ${longest(pair[1])} ms, plain Sigma ${longest(peer)} ms${liveRun ? `, live edition ${longest(liveRun)} ms` : ""}`,
          );
        }
      } finally {
        await Promise.all([newSite.close(), oldSite.close(), sigmaSite.close()]);
        await Promise.all(Object.values(dirs).map((dir) => rm(dir, { recursive: true, force: true })));
      }
      cases.push({
        name: c.name,
        nodes: snapshot.nodes.length,
        edges: snapshot.relationships.length,
        runs,
        plainSigma,
        ...(liveUrl ? { live } : {}),
      });
    }
  } finally {
    await server?.close();
    await graph?.close();
    await browser.close();
    await Promise.all(Object.values(builds).map((dir) => rm(dir, { recursive: true, force: true })));
  }
  return { head, against, cases, load1: { start: loadStart, end: load1() }, chromium: browser.version() };
}

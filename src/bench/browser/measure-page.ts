// One page load of one renderer: time to first render from the page's marks, heap, long tasks, and frames while panning.
import type { Browser, Page } from "playwright-core";
import { BudgetExceeded, withBudget } from "./budget.ts";
import { splitAt } from "./long-tasks.ts";
import { panStage } from "./pan.ts";
import { openSession, waitForGraph, type PageSession } from "./page-session.ts";
import type { PageFailure, PageFigures, PageResult, PageTimeout, Renderer } from "./types.ts";

export interface MeasureOptions {
  renderBudgetMs: number;
  panMs: number;
}

async function readMarks(page: Page): Promise<Record<string, number>> {
  const marks = await page.evaluate(() =>
    performance.getEntriesByType("mark").map((m) => [m.name, m.startTime] as const),
  );
  // The first of each name: a later "first render" of a reloaded view is not the first.
  const out: Record<string, number> = {};
  for (const [name, at] of marks) if (!(name in out)) out[name] = at;
  return out;
}

/** Used heap after a full collection: what the page keeps, not what it has not freed yet. */
async function heapMB(session: PageSession): Promise<number> {
  const cdp = await session.context.newCDPSession(session.page);
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  await cdp.detach();
  return usedSize / 2 ** 20;
}

/** The explorer settles new nodes in a worker; pan once that is over (vis-network has no layout running). */
async function waitForLayout(page: Page, budgetMs: number): Promise<void> {
  await page
    .waitForFunction(() => document.body.dataset.layout !== "running", undefined, { timeout: budgetMs, polling: 200 })
    .catch(() => undefined);
}

async function measureLoaded(session: PageSession, renderer: Renderer, o: MeasureOptions): Promise<PageFigures> {
  const { page } = session;
  await waitForLayout(page, o.renderBudgetMs);
  const marks = await readMarks(page);
  const readyAt = await page.evaluate(() => window.__bench!.readyAt!);
  const heap = await heapMB(session);
  const pan = await panStage(page, renderer, o.panMs);
  const probe = await page.evaluate(() => ({
    longTasks: window.__bench!.longTasks,
    frames: window.__bench!.longAnimationFrames,
    counts: { ...document.body.dataset },
  }));
  const fetched = marks["kg:data-fetched"] ?? null;
  const built = marks["kg:graph-built"] ?? null;
  const first = marks["kg:first-render"];
  return {
    status: "ok",
    timing: first === undefined ? "ready-attribute" : "marks",
    dataFetchedMs: fetched,
    graphBuiltMs: built,
    firstRenderMs: first ?? readyAt,
    layoutDoneMs: marks["kg:layout-done"] ?? null,
    buildMs: fetched !== null && built !== null ? built - fetched : null,
    panFps: pan.frames / (pan.ms / 1000),
    redrawsPerSecond: pan.redraws / (pan.ms / 1000),
    cameraMoved: pan.cameraMoved,
    longTasks: splitAt(probe.longTasks, pan.start),
    longAnimationFrames: splitAt(probe.frames, pan.start),
    heapMB: heap,
    nodesDrawn: Number(probe.counts.nodeCount ?? Number.NaN),
    edgesDrawn: Number(probe.counts.edgeCount ?? Number.NaN),
  };
}

/** A page that hangs or crashes is a result ("did not render within N s"), not the end of the run. */
export function failure(error: unknown): PageTimeout | PageFailure {
  if (error instanceof BudgetExceeded) return { status: "timeout", budgetMs: error.budgetMs, step: error.step };
  return { status: "failed", message: error instanceof Error ? error.message.split("\n")[0]! : String(error) };
}

export async function measurePage(
  browser: Browser,
  url: string,
  renderer: Renderer,
  o: MeasureOptions,
): Promise<PageResult> {
  const session = await openSession(browser);
  try {
    await withBudget(
      "loading the page",
      o.renderBudgetMs,
      session.page.goto(url, { waitUntil: "domcontentloaded", timeout: o.renderBudgetMs }),
    );
    await waitForGraph(session, o.renderBudgetMs);
    // Everything after the first frame shares one generous budget: a page this slow has already shown it.
    return await withBudget("panning", o.renderBudgetMs * 3 + o.panMs, measureLoaded(session, renderer, o));
  } catch (error) {
    return failure(error);
  } finally {
    await session.close();
  }
}

/** JSON.parse of the snapshot text alone, in a page of the same origin that draws nothing. */
export async function measureParse(browser: Browser, siteUrl: string): Promise<number> {
  const session = await openSession(browser);
  try {
    // Any path of the site that is not the app: a 404 page is the lightest same-origin document.
    await session.page.goto(new URL("__parse-probe", siteUrl).href);
    return await session.page.evaluate(async () => {
      const text = await (await fetch("snapshot.json")).text();
      const t0 = performance.now();
      JSON.parse(text);
      return performance.now() - t0;
    });
  } finally {
    await session.close();
  }
}

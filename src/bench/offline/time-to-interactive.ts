// Time to interactive of an exported folder in headless Chromium: from navigation to the graph drawn, then a first search answered.
import type { Browser } from "playwright-core";
import { browserScript } from "../browser/browser-script.ts";
import { longStats } from "../browser/long-tasks.ts";
import type { BenchProbe } from "../browser/page-probe.ts";

export interface InteractiveTiming {
  /** Navigation start to the explorer's first drawn frame of the graph (body[data-graph-ready]). */
  graphReadyMs: number;
  /** After that, typing a name into the search box until its result is listed. */
  searchMs: number;
  /** Longest main-thread task while loading (PerformanceObserver "longtask"); 0 when none reached 50 ms. */
  longestTaskMs: number;
  nodes: number;
  edges: number;
}

/** One cold load: a new browser context has an empty cache, like a first visit. */
export async function timeToInteractive(
  browser: Browser,
  url: string,
  search: { text: string; key: string },
  timeoutMs = 120_000,
): Promise<InteractiveTiming> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  try {
    const page = await context.newPage();
    // The browser benchmark's in-page probe: long tasks and the moment the graph is first drawn.
    await page.addInitScript(await browserScript("page-probe.ts"));
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(url);
    await page.waitForSelector('body[data-graph-ready="true"]', { timeout: timeoutMs });
    if (errors.length) throw new Error(`${url}: the page failed while loading: ${errors.join("; ")}`);
    const probe = (await page.evaluate("window.__bench")) as BenchProbe;
    const readyAt = probe.readyAt ?? Number.NaN;
    const input = page.locator('[data-testid="main-search-input"]');
    const t0 = Date.now();
    await input.fill(search.text);
    await page
      .locator(`[data-testid="main-search-results"] [data-key="${search.key}"]`)
      .waitFor({ timeout: timeoutMs });
    const searchMs = Date.now() - t0;
    const count = (name: string) => page.getAttribute("body", name).then(Number);
    return {
      graphReadyMs: readyAt,
      searchMs,
      longestTaskMs: longStats(probe.longTasks.filter((t) => t.start < readyAt)).maxMs,
      nodes: await count("data-node-count"),
      edges: await count("data-edge-count"),
    };
  } finally {
    await context.close();
  }
}

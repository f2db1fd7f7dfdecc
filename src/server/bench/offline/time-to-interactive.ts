// Time to interactive of an exported folder in headless Chromium: from navigation to the graph drawn, then a first search answered.
import type { Browser } from "playwright-core";

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

// Runs in the page before any of its scripts: notes when the graph is first drawn and the long tasks until then.
const RECORDER = `
  window.__bench = { ready: null, longest: 0 };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__bench.longest = Math.max(window.__bench.longest, e.duration);
  }).observe({ type: "longtask", buffered: true });
  new MutationObserver(() => {
    if (window.__bench.ready === null && document.body && document.body.dataset.graphReady === "true") window.__bench.ready = performance.now();
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-graph-ready"] });
`;

interface Recorded {
  ready: number | null;
  longest: number;
}

/** One cold load: a new browser context has an empty cache, like a first visit. */
export async function timeToInteractive(browser: Browser, url: string, search: { text: string; key: string }, timeoutMs = 120_000): Promise<InteractiveTiming> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(RECORDER);
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(url);
    await page.waitForSelector('body[data-graph-ready="true"]', { timeout: timeoutMs });
    if (errors.length) throw new Error(`${url}: the page failed while loading: ${errors.join("; ")}`);
    const recorded = (await page.evaluate("window.__bench")) as Recorded;
    const input = page.locator('[data-testid="main-search-input"]');
    const t0 = Date.now();
    await input.fill(search.text);
    await page.locator(`[data-testid="main-search-results"] [data-key="${search.key}"]`).waitFor({ timeout: timeoutMs });
    const searchMs = Date.now() - t0;
    const count = (name: string) => page.getAttribute("body", name).then(Number);
    return { graphReadyMs: recorded.ready ?? Number.NaN, searchMs, longestTaskMs: recorded.longest, nodes: await count("data-node-count"), edges: await count("data-edge-count") };
  } finally {
    await context.close();
  }
}

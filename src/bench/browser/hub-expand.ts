// Expanding the biggest hub in the explorer, through its own Expand button: time until the first page of
// neighbours is drawn, and the longest task meanwhile (the page must page, not hang).
import type { Browser } from "playwright-core";
import { withBudget } from "./budget.ts";
import { longStats } from "./long-tasks.ts";
import { failure } from "./measure-page.ts";
import { openSession, waitForGraph } from "./page-session.ts";
import type { HubFigures, PageFailure, PageTimeout } from "./types.ts";

declare global {
  interface Window {
    __hubClickAt?: number;
    __hubShownAt?: number;
  }
}

export async function measureHubExpand(
  browser: Browser,
  siteUrl: string,
  hub: { id: string; degree: number },
  budgetMs: number,
): Promise<HubFigures | PageTimeout | PageFailure> {
  const session = await openSession(browser);
  const { page } = session;
  try {
    // Only the hub in view, selected: its panel shows the Expand button.
    const url = new URL(`?nodes=${encodeURIComponent(hub.id)}&sel=${encodeURIComponent(hub.id)}`, siteUrl).href;
    await withBudget(
      "loading the page",
      budgetMs,
      page.goto(url, { waitUntil: "domcontentloaded", timeout: budgetMs }),
    );
    await waitForGraph(session, budgetMs);
    const button = page.locator('[data-testid="expand"]');
    await withBudget(
      "the hub's panel",
      budgetMs,
      button.and(page.locator(":enabled")).waitFor({ state: "visible", timeout: budgetMs }),
    );
    // On the document: the panel may redraw its button between this line and the click.
    await page.evaluate(() =>
      document.addEventListener(
        "click",
        (event) => {
          if (window.__hubClickAt === undefined && (event.target as Element | null)?.closest('[data-testid="expand"]'))
            window.__hubClickAt = performance.now();
        },
        { capture: true },
      ),
    );
    await button.click();
    // Checked once per frame, so the time found is the frame that shows the first page.
    await withBudget(
      "expanding the hub",
      budgetMs,
      page.waitForFunction(
        () => {
          const shown =
            /Showing \d+ of \d+/.test(document.querySelector('[data-testid="expand-status"]')?.textContent ?? "") &&
            Number(document.body.dataset.nodeCount) > 1;
          if (shown && window.__hubShownAt === undefined) window.__hubShownAt = performance.now();
          return shown;
        },
        undefined,
        { timeout: budgetMs + 5_000, polling: "raf" },
      ),
    );
    const r = await page.evaluate(() => ({
      clickAt: window.__hubClickAt!,
      shownAt: window.__hubShownAt!,
      shown: document.querySelector('[data-testid="expand-status"]')?.textContent ?? "",
      nodes: Number(document.body.dataset.nodeCount),
      longTasks: window.__bench!.longTasks,
    }));
    const during = longStats(r.longTasks.filter((t) => t.start + t.duration >= r.clickAt && t.start <= r.shownAt));
    return {
      status: "ok",
      hub: hub.id,
      degree: hub.degree,
      firstPageMs: r.shownAt - r.clickAt,
      shown: r.shown.trim(),
      nodesAfter: r.nodes,
      longestTaskMs: during.maxMs,
      longTasks: during.count,
    };
  } catch (error) {
    return failure(error);
  } finally {
    await session.close();
  }
}

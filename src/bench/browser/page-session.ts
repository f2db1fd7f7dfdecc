// A fresh browser context per page load, with the probe installed before the page's own scripts run.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { browserScript } from "./browser-script.ts";
import { withBudget } from "./budget.ts";

export interface PageSession {
  context: BrowserContext;
  page: Page;
  errors: string[];
  close(): Promise<void>;
}

export const VIEWPORT = { width: 1400, height: 900 };

export async function openSession(browser: Browser): Promise<PageSession> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript({ content: await browserScript("page-probe.ts") });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (msg) => void (msg.type() === "error" && errors.push(msg.text())));
  page.on("pageerror", (error) => void errors.push(String(error)));
  // A page stuck in a long script may not answer a polite close: the budget lets the run go on regardless.
  const close = () => withBudget("closing the page", 30_000, context.close()).catch(() => undefined);
  return { context, page, errors, close };
}

/** Waits until the probe saw body[data-graph-ready], or the page reported a start-up failure. */
export async function waitForGraph(session: PageSession, budgetMs: number): Promise<void> {
  const ok = await withBudget(
    "first render",
    budgetMs,
    session.page
      .waitForFunction(
        () =>
          window.__bench?.readyAt != null ||
          document.body?.dataset.graphError !== undefined ||
          document.querySelector("#status[data-state=error]") !== null,
        undefined,
        {
          timeout: budgetMs + 5_000,
          polling: 100,
        },
      )
      .then(() => session.page.evaluate(() => window.__bench?.readyAt != null)),
  );
  if (ok) return;
  const shown = await session.page.evaluate(
    () => document.body.dataset.graphError ?? document.querySelector("#status")?.textContent ?? "",
  );
  throw new Error(
    `the page did not start: ${[shown, ...session.errors].filter(Boolean).join("; ") || "no error text"}`,
  );
}

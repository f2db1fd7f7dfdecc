// Real Chromium driven by playwright-core, with WebGL through SwiftShader so Sigma can draw (which one: src/bench/chromium.ts).
import { mkdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../../src/bench/chromium.ts";

export const SCREENSHOT_DIR = new URL("../../test-results/screenshots/", import.meta.url).pathname;

export async function launchBrowser(): Promise<Browser> {
  return launchChromium();
}

/** A page that records every console error and uncaught exception, so tests can assert there were none. */
export async function openPage(
  browser: Browser,
  url: string,
  viewport = { width: 1400, height: 900 },
): Promise<{ page: Page; errors: string[]; failedRequests: string[] }> {
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(msg.text());
  });
  page.on("pageerror", (err) => errors.push(String(err)));
  // Chromium's console line for a failed request has no URL: these name them, for assertion messages.
  const failedRequests: string[] = [];
  page.on("response", (response) => {
    if (response.status() >= 400)
      failedRequests.push(`${response.status()} from ${response.request().method()} ${response.url()}`);
  });
  await page.goto(url);
  return { page, errors, failedRequests };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOT_DIR}${name}.png` });
}

/** Clicks a node at its on-screen position, as a user would. */
export async function clickNode(page: Page, slug: string): Promise<void> {
  // The camera may still be framing what changed (a panel, the timeline strip, a refit) when the click is aimed:
  // aim once it holds still, and aim again if the click found no node because the camera moved after all.
  for (let attempt = 1; ; attempt++) {
    await page.waitForFunction(
      () => !window.__explorer?.sigma.getCamera().isAnimated() && document.body.dataset.layout !== "running",
    );
    const stage = await page.locator("#stage").boundingBox();
    const p = await page.evaluate((s) => window.__explorer?.viewportPosition(s) ?? null, slug);
    if (!stage || !p) throw new Error(`node ${slug} is not on the stage`);
    await page.mouse.click(stage.x + p.x, stage.y + p.y);
    const selected = await page
      .waitForFunction(
        (s) => {
          const hooks = window.__explorer!;
          return hooks.store.get().selection.selected === hooks.nodeKey(s);
        },
        slug,
        { timeout: 2_000 },
      )
      .then(() => true)
      .catch(() => false);
    if (selected) return;
    if (attempt === 3) throw new Error(`clicking ${slug} at its place on the stage did not select it (3 tries)`);
  }
}

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
): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(msg.text());
  });
  page.on("pageerror", (err) => errors.push(String(err)));
  await page.goto(url);
  return { page, errors };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOT_DIR}${name}.png` });
}

/** Clicks a node at its on-screen position, as a user would. */
export async function clickNode(page: Page, slug: string): Promise<void> {
  const stage = await page.locator("#stage").boundingBox();
  const p = await page.evaluate((s) => window.__explorer?.viewportPosition(s) ?? null, slug);
  if (!stage || !p) throw new Error(`node ${slug} is not on the stage`);
  await page.mouse.click(stage.x + p.x, stage.y + p.y);
}

// The Style panel on the article: the perspective file gives the article's own captions, colours and subtitle; changing a
// label's caption property and colour redraws the stage live; the downloaded perspective.json round-trips.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { downloadedPerspectiveRoundTrips } from "../support/perspective-download.ts";
import { testConnection } from "../support/db.ts";
import { screenshot } from "../support/browser.ts";
import { useExplorerPage } from "../support/explorer-page.ts";

const root = new URL("../../", import.meta.url).pathname;
const articlePerspective = join(root, "graph", "perspective.json");

const app = useExplorerPage({ server: { perspectiveFile: articlePerspective }, ready });

async function ready(page: Page): Promise<void> {
  await page.waitForSelector('body[data-graph-ready="true"]', { timeout: 30_000 });
  await page.waitForFunction(() => window.__explorer?.store.get().perspective.status === "ready");
}

/** What Sigma draws for a node: the reducers' output, not the data graph. */
const drawn = (page: Page, slug: string) =>
  page.evaluate((s) => {
    const e = window.__explorer!;
    const data = e.sigma.getNodeDisplayData(e.nodeKey(s)!);
    return { label: data?.label ?? null, color: data?.color ?? null };
  }, slug);

test("the article's perspective file draws the article as before: names by language and the category colours", async () => {
  const { page, errors } = await app.open();
  assert.equal(await page.evaluate(() => window.__explorer!.store.get().perspective.source), "file");
  assert.deepEqual(await drawn(page, "jack-ma"), { label: "Jack Ma", color: "#d9483b" });
  assert.deepEqual(await drawn(page, "alibaba"), { label: "Alibaba Group", color: "#3f6fb5" });
  // The line under the title is the graph's own, from its perspective file.
  const file = JSON.parse(readFileSync(articlePerspective, "utf8")) as { subtitle: string };
  assert.ok(file.subtitle.length > 0);
  assert.equal(await page.textContent('[data-testid="graph-subtitle"]'), file.subtitle);
  await page.locator('#language-switch button[data-language="ja"]').click();
  await page.waitForFunction(() => window.__explorer!.store.get().preferences.language === "ja");
  assert.equal((await drawn(page, "jack-ma")).label, "ジャック・マー");
  assert.deepEqual(errors, []);
  await page.close();
});

test("the Style panel changes a label's caption property and colour live, and its download round-trips", async () => {
  const { page, errors } = await app.open("", { width: 1280, height: 800 });
  await page.locator('[data-testid="style-toggle"]').click();
  const person = page.locator('[data-testid="style-label"][data-label="Person"]');
  await person.waitFor();
  // The choices come from the discovered schema: Person's properties.
  await page.waitForFunction(() => window.__explorer!.store.get().perspective.schema !== null);
  const choices = await person
    .locator('[data-testid="style-caption"] option')
    .evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value));
  assert.ok(choices.includes("name") && choices.includes("description"), choices.join(","));

  await person.locator('[data-testid="style-caption"]').selectOption("description");
  await page.waitForFunction(() =>
    window.__explorer!.sigma.getNodeDisplayData(window.__explorer!.nodeKey("jack-ma")!)?.label?.startsWith("Founder"),
  );
  await person.locator('[data-testid="style-color"]').fill("#00aa55");
  await page.waitForFunction(
    () => window.__explorer!.sigma.getNodeDisplayData(window.__explorer!.nodeKey("jack-ma")!)?.color === "#00aa55",
  );
  // Other labels keep their style; the legend follows the new colour.
  assert.deepEqual(await drawn(page, "alibaba"), { label: "Alibaba Group", color: "#3f6fb5" });
  await page.waitForFunction(() => {
    const swatch = document.querySelector('[data-testid="legend-entry"][data-category="Person"] .swatch');
    return swatch !== null && getComputedStyle(swatch).backgroundColor === "rgb(0, 170, 85)";
  });
  await screenshot(page, "style-01-panel-1280");

  const saved = await downloadedPerspectiveRoundTrips(page, testConnection());
  assert.equal(saved.labels.Person?.caption, "description");
  assert.equal(saved.labels.Person?.color, "#00aa55");

  await page.locator('[data-testid="style-reset"]').click();
  await page.waitForFunction(
    () => window.__explorer!.sigma.getNodeDisplayData(window.__explorer!.nodeKey("jack-ma")!)?.label === "Jack Ma",
  );
  assert.equal((await drawn(page, "jack-ma")).color, "#d9483b");
  assert.equal(await person.locator('[data-testid="style-caption"]').inputValue(), "name");
  assert.deepEqual(errors, []);
  await page.close();
});

test("on a phone the Style panel is reachable by keyboard and its controls are legible", async () => {
  const { page, errors } = await app.open("", { width: 1280, height: 800 });
  // The query workbench, open by default, leaves the stage no height on a phone (as before this panel): close it.
  const workbench = page.locator("#workbench-toggle");
  if ((await workbench.getAttribute("aria-expanded")) === "true") await workbench.click();
  await page.setViewportSize({ width: 390, height: 844 });
  const toggle = page.locator('[data-testid="style-toggle"]');
  await toggle.focus();
  await page.keyboard.press("Enter");
  const caption = page.locator('[data-testid="style-label"][data-label="Person"] [data-testid="style-caption"]');
  await caption.waitFor();
  const box = await caption.boundingBox();
  assert.ok(box && box.height >= 36 && box.x >= 0 && box.x + box.width <= 390, JSON.stringify(box));
  const fontSize = await caption.evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  assert.ok(fontSize >= 16, `select text ${fontSize}px`);
  // Each control has its label (a screen reader says "Caption, name").
  assert.equal(
    await page
      .getByLabel("Caption")
      .first()
      .evaluate((e) => e.tagName),
    "SELECT",
  );
  await screenshot(page, "style-02-panel-390");
  // Any side panel (the path finder too) leaves the stage no height on a phone, and Sigma says so on resize: a layout
  // matter of the page, not of this panel.
  assert.deepEqual(
    errors.filter((e) => !e.includes("Container has no height")),
    [],
  );
  await page.close();
});

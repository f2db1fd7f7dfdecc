// English beside the evidence, in real Chromium against the real server and Neo4j: each quote's translation shown
// under it, labelled as a translation (details panel, path hops, presentation caption), and names shown in another
// language than the chosen one marked as such.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { screenshot } from "../support/browser.ts";
import { ARTICLE_PERSPECTIVE } from "../support/article-perspective.ts";
import { useExplorerPage } from "../support/explorer-page.ts";

const app = useExplorerPage({ server: { perspectiveFile: ARTICLE_PERSPECTIVE } });

/** For each element matching `selector`: its quote's text and the translation line right after it. */
const quotePairs = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((quotes) =>
    quotes.map((q) => {
      const next = q.nextElementSibling;
      return {
        quote: q.textContent ?? "",
        isTranslation: next?.getAttribute("data-testid") === "quote-en",
        label: next?.querySelector(".quote-en-label")?.textContent ?? "",
        text: next?.querySelector(".quote-en-text")?.textContent ?? "",
        lang: next?.querySelector(".quote-en-text")?.getAttribute("lang") ?? "",
      };
    }),
  );

function assertTranslated(pairs: Awaited<ReturnType<typeof quotePairs>>, where: string): void {
  assert.ok(pairs.length > 0, `${where} shows quotes`);
  for (const p of pairs) {
    assert.ok(p.isTranslation, `${where}: the translation follows the quote ${p.quote}`);
    assert.equal(p.label, "Translation (English)");
    assert.equal(p.lang, "en");
    assert.ok(p.text.length > 5 && !/[\u3040-\u30ff\u4e00-\u9fff]/.test(p.text), `${where}: English text: ${p.text}`);
  }
}

test("the details panel shows each quote's English translation under it, labelled as a translation", async () => {
  const { page, errors } = await app.open("?nodes=jack-ma&sel=jack-ma");
  await page.locator('[data-testid="relationship"] .rel-quote').first().waitFor({ timeout: 15_000 });
  const pairs = await quotePairs(page, '[data-testid="relationship"] .rel-quote');
  assertTranslated(pairs, "details panel");
  const retired = pairs.find((p) => p.quote.includes("2019年に表向きのポストから退いた"));
  assert.match(retired?.text ?? "", /stepped down from his public posts in 2019/);
  // The translation is not listed again among the relationship's other properties.
  assert.equal(await page.locator('[data-testid="relationship"] .props :text-is("quote_en")').count(), 0);
  await screenshot(page, "english-01-details");
  assert.deepEqual(errors, []);
  await page.close();
});

test("the path finder's hops show each quote's translation", async () => {
  const { page, errors } = await app.open();
  await page.locator('[data-testid="paths-toggle"]').click();
  for (const [field, text, slug] of [
    ["from", "馬雲", "jack-ma"],
    ["to", "apple", "apple"],
  ] as const) {
    await page.locator(`[data-testid="${field}-search-input"]`).fill(text);
    const option = page.locator(`[data-testid="${field}-search-results"] [role="option"][data-key="${slug}"]`);
    await option.waitFor({ timeout: 10_000 });
    await option.click();
  }
  await page.locator('[data-testid="path-route"]').first().waitFor({ timeout: 15_000 });
  await page.locator('[data-testid="path-route"]').first().click();
  await page.locator('[data-testid="path-hop"] .rel-quote').first().waitFor();
  assertTranslated(await quotePairs(page, '[data-testid="path-hop"] .rel-quote'), "path hops");
  assert.deepEqual(errors, []);
  await page.close();
});

test("the presentation caption shows the step's translation under its quote", async () => {
  const { page, errors } = await app.open("", { width: 1920, height: 1080 });
  await page.keyboard.press("p");
  await page.waitForSelector('[data-testid="caption-title"]');
  await page.keyboard.press("ArrowRight");
  await page.waitForSelector('[data-testid="caption-quote"][lang="ja"]');
  const pairs = await quotePairs(page, '[data-testid="caption-quote"]');
  assertTranslated(pairs, "presentation caption");
  assert.match(pairs[0]!.text, /Joe Tsai/);
  await screenshot(page, "english-02-presentation");
  assert.deepEqual(errors, []);
  await page.close();
});

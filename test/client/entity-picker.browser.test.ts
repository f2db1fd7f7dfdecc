// A saved query's entity parameter in real Chromium: the form shows a search picker; typing 馬雲 and picking the hit
// runs the query for Jack Ma; a graph's query that does not apply is greyed with its reason.
import { test } from "node:test";
import assert from "node:assert/strict";
import { screenshot } from "../support/browser.ts";
import { useExplorerPage } from "../support/explorer-page.ts";

const app = useExplorerPage();

test("the entity picker: type 馬雲, pick the suggestion, run, see Jack Ma's rows", async () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    const { page, errors } = await app.open("", viewport);
    await page.waitForSelector('[data-testid="saved-query"]', { state: "attached", timeout: 30_000 });
    // On a phone the query panel is a sheet over the graph that waits for its button.
    if (await page.locator("#workbench").isHidden()) await page.click('[data-testid="workbench-toggle"]');
    await page.locator('[data-query="entity-neighbourhood"]').scrollIntoViewIfNeeded();
    await page.click('[data-query="entity-neighbourhood"]');
    const picker = page.locator('input[name="entity"]');
    assert.equal(await picker.getAttribute("role"), "combobox", "the entity parameter is a search picker");
    assert.equal(await picker.inputValue(), "jack-ma", "it starts from the default");
    await picker.fill("");
    await picker.pressSequentially("エディ");
    const option = page.locator('[data-testid="param0-search-results"] [role="option"]').first();
    await option.waitFor({ timeout: 10_000 });
    assert.equal(await option.getAttribute("data-key"), "eddie-wu");
    await picker.fill("");
    await picker.pressSequentially("馬雲");
    await page.waitForSelector('[data-testid="param0-search-results"] [data-key="jack-ma"]', { timeout: 10_000 });
    await screenshot(page, `entity-picker-${viewport.width}`);
    await page.locator('[data-testid="param0-search-results"] [data-key="jack-ma"]').dispatchEvent("mousedown");
    assert.equal(await picker.getAttribute("data-key"), "jack-ma");
    await page.click('[data-testid="run-query"]');
    await page.waitForSelector('[data-testid="results-table"]', { timeout: 15_000 });
    const rows = Number(await page.getAttribute('[data-testid="result-counts"]', "data-rows"));
    assert.ok(rows > 0, `${rows} rows`);
    assert.match((await page.textContent('[data-testid="results-table"]')) ?? "", /Joe Tsai/);
    await screenshot(page, `entity-picker-result-${viewport.width}`);
    assert.deepEqual(errors, []);
    await page.close();
  }
});

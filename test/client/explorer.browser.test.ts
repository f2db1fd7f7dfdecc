// The explorer in real Chromium against the real server and Neo4j: the graph is drawn, a click shows the quotes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { screenshot, clickNode } from "../support/browser.ts";
import { useExplorerPage } from "../support/explorer-page.ts";

const app = useExplorerPage();

test("the page draws the whole article graph with a legend", async () => {
  const { page, errors } = await app.open();
  const nodeCount = Number(await page.getAttribute("body", "data-node-count"));
  const edgeCount = Number(await page.getAttribute("body", "data-edge-count"));
  assert.ok(nodeCount >= 40, `nodes drawn: ${nodeCount}`);
  assert.ok(edgeCount >= 60, `edges drawn: ${edgeCount}`);
  const categories = await page
    .locator('[data-testid="legend-entry"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-category")));
  for (const label of ["Person", "Company", "Model", "Investment"])
    assert.ok(categories.includes(label), `legend has ${label}`);
  // Sigma drew into WebGL canvases: at least one is there and sized.
  const canvases = await page.locator("#stage canvas").count();
  assert.ok(canvases > 0);
  await screenshot(page, "01-graph");
  assert.deepEqual(errors, []);
  await page.close();
});

test("clicking Jack Ma opens his names, properties and the article sentences behind his relationships", async () => {
  const { page, errors } = await app.open();
  await clickNode(page, "jack-ma");
  const panel = page.locator('[data-testid="details-panel"]');
  await panel.waitFor({ state: "visible" });
  await page.waitForSelector('[data-testid="relationship"]');
  assert.match((await page.locator('[data-testid="details-title"]').textContent()) ?? "", /Jack Ma/);
  assert.match((await page.locator('[data-testid="node-names"]').textContent()) ?? "", /馬雲/);
  const rels = page.locator('[data-testid="relationship"]');
  assert.ok((await rels.count()) >= 3);
  const text = (await panel.textContent()) ?? "";
  assert.match(text, /蔡崇信を董事会主席に呼び戻し/, "the quote behind BROUGHT_BACK is shown");
  assert.match(text, /BROUGHT_BACK/);
  await screenshot(page, "02-jack-ma-selected");
  assert.deepEqual(errors, []);
  await page.close();
});

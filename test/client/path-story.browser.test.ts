// The path finder that tells a story (issue 13) in real Chromium against the real server and Neo4j: a "through" stop,
// every route drawn with the chosen one emphasised (read from Sigma's reducers), inference hops marked, the
// design-card chain in two clicks, and links that reopen the path, its route and the editor's text.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import type { Browser, Page } from "playwright-core";
import { testConnection } from "../support/db.ts";
import { launchBrowser, openPage, screenshot } from "../support/browser.ts";
import { startExplorer, type RunningExplorer } from "../../src/server/run.ts";

const distDir = new URL("../../dist/", import.meta.url).pathname;
let explorer: RunningExplorer;
let browser: Browser;
const LAPTOP = { width: 1440, height: 900 };

before(async () => {
  explorer = await startExplorer({ connection: testConnection(), host: "127.0.0.1", port: 0, staticDir: distDir });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await explorer?.close();
});

async function ready(page: Page): Promise<void> {
  await page.waitForSelector('body[data-graph-ready="true"]', { timeout: 30_000 });
  await page.waitForSelector('body[data-layout="idle"]', { timeout: 15_000 });
}

/** The routes as slugs, in the API's order, and the index of the chosen one. */
async function routes(page: Page): Promise<{ routes: string[][]; chosen: number; via: string | null }> {
  await page.waitForFunction(() => window.__explorer!.store.get().paths.result.status === "ready", null, {
    timeout: 30_000,
  });
  return page.evaluate(() => {
    const { graph, store } = window.__explorer!;
    const { result, via } = store.get().paths;
    if (result.status !== "ready") throw new Error("no routes");
    return {
      routes: result.response.paths.map((p) => p.nodes.map((key) => String(graph.getNodeAttribute(key, "slug")))),
      chosen: result.route,
      via: via === null ? null : String(graph.getNodeAttribute(via, "slug")),
    };
  });
}

test("a through stop: every route from Jack Ma to Apple passes through Eddie Wu", async () => {
  const { page, errors } = await openPage(browser, `${explorer.url}?path=jack-ma,apple&via=eddie-wu`, LAPTOP);
  await ready(page);
  const found = await routes(page);
  console.log(JSON.stringify(found));
  assert.ok(found.routes.length > 0, "routes found");
  for (const route of found.routes) {
    assert.equal(route[0], "jack-ma");
    assert.equal(route.at(-1), "apple");
    assert.ok(route.includes("eddie-wu"), `${route.join(" → ")} passes through Eddie Wu`);
    assert.equal(new Set(route).size, route.length, "no node twice");
  }
  assert.equal(found.via, "eddie-wu");
  assert.match((await page.inputValue('[data-testid="via-search-input"]')) ?? "", /\S/, "the stop is shown");
  await screenshot(page, "path-story-through");
  assert.deepEqual(errors, []);
  await page.close();
});

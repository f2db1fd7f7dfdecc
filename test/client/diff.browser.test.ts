// The "Changes" panel: a diff file written by `npm run diff` (test/fixtures/graphs/diff-v1-v2.json), opened from
// the file chooser or from ?diff=URL, is drawn on the stage in its colours and can be stepped through.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { screenshot } from "../support/browser.ts";
import { useExplorerPage } from "../support/explorer-page.ts";

const root = new URL("../../", import.meta.url).pathname;
const diffFile = join(root, "test/fixtures/graphs/diff-v1-v2.json");

const app = useExplorerPage();

/** The colour Sigma draws a diff node or fact in: the reducers' output, not the data graph. */
const drawnNode = (page: Page, key: string) =>
  page.evaluate((k) => window.__explorer!.sigma.getNodeDisplayData(`diff:${k}`)?.color ?? null, key);
const drawnEdges = (page: Page) =>
  page.evaluate(() => {
    const { sigma, graph } = window.__explorer!;
    return graph
      .edges()
      .filter((e) => e.startsWith("diff-fact:"))
      .map((e) => `${graph.getEdgeAttribute(e, "relType")}:${sigma.getEdgeDisplayData(e)?.color}`)
      .sort();
  });
const cssColour = (page: Page, name: string) =>
  page.evaluate((n) => getComputedStyle(document.documentElement).getPropertyValue(n).trim(), name);

test("a diff file chosen in the Changes panel colours its facts on the stage and steps through them", async () => {
  const { page, errors } = await app.open();
  await page.locator('[data-testid="diff-toggle"]').click();
  await page.locator('[data-testid="diff-file"]').setInputFiles(diffFile);
  await page.locator('[data-testid="diff-list"] > li').first().waitFor();
  await page.waitForFunction(() => window.__explorer!.graph.hasNode("diff:tongyi-qwen"));
  assert.match(
    await page.locator('[data-testid="diff-summary"]').innerText(),
    /Nodes: 0 added, 0 removed, 1 changed, 1 with a new key\.\s+Relationships: 1 added, 1 removed, 1 changed\./,
  );
  // Only the diff is in view: its changed nodes and the unchanged ends of its changed facts.
  const inView = await page.evaluate(() => window.__explorer!.graph.nodes().sort());
  assert.deepEqual(inView, ["diff:alibaba", "diff:moonshot", "diff:tongyi-qwen", "diff:zhipu"]);
  const [changed, rekeyed, unchanged, added, removed] = await Promise.all(
    ["--diff-changed", "--diff-rekeyed", "--diff-unchanged", "--diff-added", "--diff-removed"].map((n) =>
      cssColour(page, n),
    ),
  );
  assert.equal(await drawnNode(page, "alibaba"), changed);
  assert.equal(await drawnNode(page, "tongyi-qwen"), rekeyed);
  assert.equal(await drawnNode(page, "zhipu"), unchanged);
  assert.deepEqual(await drawnEdges(page), [`INVESTED_IN:${added}`, `INVESTED_IN:${changed}`, `RIVAL_OF:${removed}`]);
  // The list: the rename, the new key, then each fact with its quote.
  const items = await page.locator('[data-testid="diff-list"] > li').allInnerTexts();
  assert.equal(items.length, 5);
  assert.match(items[0]!, /Changed: Alibaba[\s\S]*founded renamed founded_year: 1999/);
  assert.match(items[1]!, /New key: Qwen \(qwen → tongyi-qwen\)/);
  assert.match(items.join("\n"), /Removed: Alibaba —RIVAL_OF→ Zhipu AI\s+“Zhipu competes with Alibaba\.” \(article\)/);
  assert.match(items.join("\n"), /amount: 800 → 1000/);

  // Stepping: Next goes to the first change and makes it stand out; Previous wraps to the last.
  await page.locator('[data-testid="diff-next"]').click();
  assert.equal(await page.locator('[data-testid="diff-position"]').innerText(), "1 of 5");
  const lit = await page.evaluate(() => window.__explorer!.sigma.getNodeDisplayData("diff:alibaba")?.highlighted);
  assert.equal(lit, true);
  await page.locator('[data-testid="diff-prev"]').click();
  assert.equal(await page.locator('[data-testid="diff-position"]').innerText(), "5 of 5");
  assert.equal(
    await page.locator('[data-testid="diff-list"] > li.current button').getAttribute("aria-current"),
    "step",
  );
  await screenshot(page, "diff-panel");

  // Closing the diff takes its colours off the stage.
  await page.locator('[data-testid="diff-close"]').click();
  assert.notEqual(await drawnNode(page, "alibaba"), changed);
  assert.deepEqual(errors, []);
  await page.close();
});

test("?diff=URL opens a served diff file; a file that is not a diff says which field is wrong", async () => {
  const page = await app.browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  // A URL predicate, not a glob: "**/diffs/fixture.json" would also match the page's own ?diff= address.
  await page.route(
    (url) => url.pathname === "/diffs/fixture.json",
    (route) => route.fulfill({ contentType: "application/json", body: readFileSync(diffFile, "utf8") }),
  );
  await page.goto(`${app.url}?diff=/diffs/fixture.json`);
  await app.ready(page).catch((error: unknown) => {
    throw new Error(`${String(error)}; page errors: ${errors.join(" | ")}`);
  });
  await page.locator('[data-testid="diff-panel"]').waitFor({ state: "visible" });
  await page.waitForFunction(() => window.__explorer!.graph.hasNode("diff:tongyi-qwen"));
  assert.equal(await page.locator('[data-testid="diff-list"] > li').count(), 5);

  const bad = JSON.parse(readFileSync(diffFile, "utf8")) as { nodes: { change: string }[] };
  bad.nodes[0]!.change = "moved";
  await page.locator('[data-testid="diff-file"]').setInputFiles({
    name: "bad-diff.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(bad)),
  });
  const alert = page.locator('[data-testid="diff-message"][role="alert"]');
  await alert.waitFor();
  assert.match(
    await alert.innerText(),
    /bad-diff\.json is not a diff written by `npm run diff[^`]*`: nodes\.0\.change:/,
  );
  assert.deepEqual(errors, []);
  await page.close();
});

// The offline edition: exported, served as plain files (no API, no Neo4j), and used as a researcher and a teacher would.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openPage, screenshot } from "../support/browser.ts";
import { serveStatic } from "../support/static-server.ts";
import { useExplorerPage, type Served } from "../support/explorer-page.ts";

const root = new URL("../../", import.meta.url).pathname;
const outDir = mkdtempSync(join(tmpdir(), "kg-offline-"));

/** Builds the site the pages are served from, with the data the tests compare against. */
async function serveSite(): Promise<Served> {
  // The real export command, against the test database the runner prepared.
  const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/export.ts", "--out", outDir, "--force"], {
    cwd: root,
    encoding: "utf8",
    env: process.env,
  });
  assert.equal(run.status, 0, run.stderr + run.stdout);
  assert.match(run.stdout, /Exported \d+ nodes/);
  return serveStatic(outDir);
}
const app = useExplorerPage({
  serve: serveSite,
  cleanUp: () => rmSync(outDir, { recursive: true, force: true }),
});

test("the folder holds the app and a versioned snapshot, and opens with where and when it came from", async () => {
  const snapshot = JSON.parse(readFileSync(join(outDir, "snapshot.json"), "utf8"));
  assert.equal(snapshot.format, "kg-explorer-snapshot");
  assert.ok(snapshot.queries.length >= 15);
  const { page, errors } = await app.open();
  assert.ok(Number(await page.getAttribute("body", "data-node-count")) >= 40);
  const banner = (await page.textContent('[data-testid="offline-banner"]')) ?? "";
  // It names the graph, never the server it was exported from.
  assert.match(banner, /Offline snapshot of Alibaba's AI pivot \(the article's graph\) \(database neo4j/);
  assert.match(banner, new RegExp(String(new Date(snapshot.exportedAt).getFullYear())));
  assert.equal(await page.locator('[data-testid="disk-note"]').count(), 0, "the served page drops the disk note");
  await screenshot(page, "30-offline-graph");
  assert.deepEqual(errors, []);
  await page.close();
});

test("the exported folder publishes no connection details: no host, port, user or password in any file", () => {
  const { NEO4J_URI = "", NEO4J_USERNAME = "", NEO4J_PASSWORD = "" } = process.env;
  const uri = new URL(NEO4J_URI);
  const secrets = [
    NEO4J_URI,
    uri.host,
    `${uri.hostname}:${uri.port}`,
    `:${uri.port}`,
    NEO4J_PASSWORD,
    "bolt://",
    "neo4j://",
  ];
  // The user name as a word of its own ("neo4j" is also the database's and the product's name, so only with a colon).
  const userPatterns = [
    new RegExp(`["'\\s]${NEO4J_USERNAME}:`),
    new RegExp(`user(name)?["']?\\s*[:=]\\s*["']${NEO4J_USERNAME}`),
  ];
  assert.ok(uri.port && NEO4J_PASSWORD, "the runner gave the test database's connection");
  const files = readdirSync(outDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  assert.ok(files.length > 3, "the folder holds the app and its snapshot");
  for (const entry of files) {
    const path = join(entry.parentPath, entry.name);
    const text = readFileSync(path, "latin1");
    for (const secret of secrets) assert.ok(!text.includes(secret), `${path} contains '${secret}'`);
    for (const pattern of userPatterns) assert.doesNotMatch(text, pattern, path);
  }
});

test("researcher flow offline: search 馬雲, open Jack Ma, expand, and find the Ma → Apple chain with its quotes", async () => {
  const { page, errors } = await app.open("?nodes=");
  const input = page.locator('[data-testid="main-search-input"]');
  await input.fill("馬雲");
  await page.locator('[data-testid="main-search-results"] [data-key="jack-ma"]').waitFor({ timeout: 10_000 });
  await input.press("Enter");
  await page.locator('[data-testid="details-panel"]').waitFor({ state: "visible" });
  assert.match((await page.textContent('[data-testid="details-title"]')) ?? "", /Jack Ma/);
  await page.waitForSelector('[data-testid="relationship"]');
  assert.match((await page.textContent('[data-testid="details-panel"]')) ?? "", /蔡崇信を董事会主席に呼び戻し/);
  await page.locator('[data-testid="expand"]').click();
  await page.waitForFunction(() => Number(document.body.dataset.nodeCount) > 1, undefined, { timeout: 15_000 });

  await page.goto(app.url);
  await app.ready(page);
  await page.locator('[data-testid="paths-toggle"]').click();
  for (const [field, text, slug] of [
    ["from", "jack ma", "jack-ma"],
    ["to", "apple", "apple"],
  ] as const) {
    await page.locator(`[data-testid="${field}-search-input"]`).fill(text);
    await page.locator(`[data-testid="${field}-search-results"] [data-key="${slug}"]`).click();
  }
  await page.locator('[data-testid="path-route"]').first().waitFor({ timeout: 15_000 });
  const routes = await page.locator('[data-testid="path-route"]').allTextContents();
  const chain = routes.findIndex((t) => /Jack Ma → Joe Tsai → Eddie Wu → Qwen.* → Apple/.test(t));
  assert.ok(chain >= 0, routes.join(" | "));
  await page.locator('[data-testid="path-route"]').nth(chain).click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="path-hop"]').length === 4);
  await screenshot(page, "31-offline-path");
  assert.deepEqual(errors, []);
  await page.close();
});

test("teacher flow offline: stored saved-query results, presentation step-through; the editor and live follow say why they are unavailable", async () => {
  const { page, errors } = await app.open();
  await page.waitForSelector('[data-testid="saved-query"]');
  await page.locator('[data-testid="saved-query"]').first().click();
  await page.click('[data-testid="run-query"]');
  await page.waitForSelector('[data-testid="results-table"]');
  assert.ok(Number(await page.getAttribute('[data-testid="result-counts"]', "data-rows")) > 0);
  await page.click('[data-testid="tab-editor"]');
  assert.match((await page.textContent('[data-testid="editor-unavailable"]')) ?? "", /needs a live Neo4j database/);
  await page.locator("#stage").focus();
  await page.keyboard.press("p");
  await page.waitForSelector('[data-testid="caption-title"]');
  for (let step = 1; step <= 4; step++) {
    await page.keyboard.press("ArrowRight");
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid="caption-step"]')?.textContent?.startsWith(`Step ${n} of 4`),
      step,
    );
  }
  assert.match((await page.textContent('[data-testid="caption-quote"]')) ?? "", /Qwen|iPhone|Apple/);
  await screenshot(page, "32-offline-presentation");
  // Live follow needs the server: Share live says so, and so does a student's live link opened here.
  await page.click('[data-testid="live-share-button"]');
  await page.waitForFunction(() =>
    /Live follow needs the explorer's server/.test(document.querySelector('[data-testid="toast"]')?.textContent ?? ""),
  );
  assert.deepEqual(errors, []);
  await page.close();
  const student = await app.open("?live=F7-2YgpQxH5GoOZi");
  await student.page.waitForFunction(() =>
    /Live follow needs the explorer's server/.test(
      document.querySelector('[data-testid="live-status"]')?.textContent ?? "",
    ),
  );
  assert.deepEqual(student.errors, []);
  await student.page.close();
});

test("offline: hide a node, filter by the legend, and export the view as PNG and the graph as GEXF", async () => {
  const { page, errors } = await app.open();
  const count = async () => Number(await page.getAttribute("body", "data-node-count"));
  const before = await count();
  const input = page.locator('[data-testid="main-search-input"]');
  await input.fill("DeepSeek");
  await page.locator('[data-testid="main-search-results"] [data-key="deepseek"]').waitFor({ timeout: 10_000 });
  await input.press("Enter");
  await page.locator('[data-testid="hide"]').click();
  await page.waitForFunction((n) => Number(document.body.dataset.nodeCount) === n, before - 1);
  assert.equal(await page.evaluate(() => window.__explorer!.nodeKey("deepseek")), null, "hidden from the view");

  await page.locator('[data-testid="legend-entry"][data-category="Event"] button').click();
  assert.match((await page.locator('[data-testid="graph-summary"]').textContent()) ?? "", /hidden by the legend/);

  const download = async (testid: string) => {
    const [file] = await Promise.all([page.waitForEvent("download"), page.click(`[data-testid="${testid}"]`)]);
    return readFileSync((await file.path())!);
  };
  const png = await download("export-png");
  assert.deepEqual([...png.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47], "a PNG signature");
  assert.ok(png.length > 20_000, `a real picture: ${png.length} bytes`);
  const gexf = (await download("export-gexf")).toString("utf8");
  assert.match(gexf, /<gexf/);
  assert.match(gexf, /label="Jack Ma"/);
  assert.doesNotMatch(gexf, /label="DeepSeek"/, "the export is the view, without the hidden node");
  assert.deepEqual(errors, []);
  await page.close();
});

test("a snapshot from a newer exporter, or a damaged one, is refused in the page with the reason", async () => {
  const good = JSON.parse(readFileSync(join(outDir, "snapshot.json"), "utf8"));
  const cases = [
    {
      name: "newer",
      snapshot: { ...good, version: good.version + 1 },
      message: new RegExp(`version ${good.version + 1}, newer than this explorer reads`),
    },
    {
      name: "damaged",
      snapshot: { ...good, nodes: [{ ...good.nodes[0], id: 42 }, ...good.nodes.slice(1)] },
      message: /The snapshot is damaged: nodes\.0\.id/,
    },
    {
      name: "dangling",
      snapshot: { ...good, relationships: good.relationships.slice(1) },
      message: /refers to \S+, which is not in the snapshot/,
    },
  ];
  for (const c of cases) {
    const dir = mkdtempSync(join(tmpdir(), `kg-offline-${c.name}-`));
    let bad: Awaited<ReturnType<typeof serveStatic>> | undefined;
    try {
      cpSync(outDir, dir, { recursive: true });
      writeFileSync(join(dir, "snapshot.json"), JSON.stringify(c.snapshot));
      bad = await serveStatic(dir);
      const { page, errors } = await openPage(app.browser, bad.url);
      const message = page.locator('[data-testid="status-message"]');
      await message.waitFor({ timeout: 30_000 });
      assert.match((await message.textContent()) ?? "", c.message, c.name);
      assert.equal(await page.getAttribute("body", "data-graph-ready"), null);
      assert.equal(await page.locator('[data-testid="disk-note"]').count(), 0, "the error replaces the disk note");
      assert.deepEqual(errors, [], c.name);
      await page.close();
    } finally {
      await bad?.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
});

test("opened straight from disk, where Chromium will not run it, the page says how to serve the folder", async () => {
  const page = await app.browser.newPage();
  await page.goto(`file://${join(outDir, "index.html")}`);
  // Chromium blocks the module script from file://, so the note written into the page is what stays.
  await page.waitForTimeout(1_000);
  const note = (await page.textContent('[data-testid="disk-note"]')) ?? "";
  assert.match(note, /opened straight from disk/);
  assert.match(note, /python3 -m http\.server/);
  assert.equal(await page.getAttribute("body", "data-graph-ready"), null);
  await screenshot(page, "33-offline-from-disk");
  await page.close();
});

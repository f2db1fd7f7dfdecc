// Network measures in real Chromium on a generated graph in the offline edition (no API, no Neo4j, no article
// names): the Style panel sizes nodes by PageRank and colours them by Louvain community on the stage, through the
// reducers (the data graph keeps its own sizes and colours), and the result table shows a measure column.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { datasetToSnapshot } from "../../src/bench/browser/dataset-snapshot.ts";
import { writeSnapshotFiles } from "../../src/offline-export/write-site.ts";
import { createDataset } from "../../src/generate/index.ts";
import type { Snapshot } from "../../src/shared/index.ts";
import { screenshot } from "../support/browser.ts";
import { serveStatic } from "../support/static-server.ts";
import { useExplorerPage, type Served } from "../support/explorer-page.ts";

const distDir = new URL("../../dist/", import.meta.url).pathname;
const siteDir = mkdtempSync(join(tmpdir(), "kg-measures-"));
let snapshot: Snapshot;
/** The saved query's nodes: the first 12 of the graph, and the relationships among them. */
let picked: { ids: string[]; degree: Map<string, number> };

/** Builds the site the pages are served from, with the data the tests compare against. */
async function serveSite(): Promise<Served> {
  snapshot = await datasetToSnapshot(createDataset({ entities: 240, relationships: 720, seed: 5 }));
  const ids = snapshot.nodes.slice(0, 40).map((n) => n.id);
  const among = snapshot.relationships.filter((r) => ids.includes(r.start) && ids.includes(r.end));
  const degree = new Map(ids.map((id) => [id, 0]));
  for (const r of among) {
    degree.set(r.start, degree.get(r.start)! + 1);
    degree.set(r.end, degree.get(r.end)! + 1);
  }
  picked = { ids, degree };
  const nodes = snapshot.nodes.slice(0, 40);
  snapshot.queries.push({
    query: {
      name: "first-forty",
      title: "The first forty entities",
      description: "Forty entities and the relationships among them.",
      tags: [],
      params: [],
      cypher: "MATCH (e:Entity) WITH e LIMIT 40 RETURN e",
    },
    params: {},
    result: {
      nodes,
      relationships: among,
      columns: ["e"],
      rows: nodes.map((n) => ({ e: n })),
      summary: { resultAvailableAfterMs: 1, capped: false, timedOut: false, rowCount: nodes.length },
    },
  });
  cpSync(distDir, siteDir, { recursive: true });
  await writeSnapshotFiles(siteDir, snapshot);
  return serveStatic(siteDir);
}
const app = useExplorerPage({
  serve: serveSite,
  ready,
  cleanUp: () => rmSync(siteDir, { recursive: true, force: true }),
});

async function ready(page: Page): Promise<void> {
  await page.waitForSelector('body[data-graph-ready="true"]', { timeout: 60_000 });
  await page.waitForFunction(() => window.__explorer?.store.get().perspective.status === "ready");
}

/** What Sigma draws (the reducers' output) and what the data graph holds, for every node. */
const nodesNow = (page: Page) =>
  page.evaluate(() => {
    const e = window.__explorer!;
    return e.graph.mapNodes((key, attrs) => {
      const drawn = e.sigma.getNodeDisplayData(key)!;
      return { key, size: drawn.size, color: drawn.color, dataSize: attrs.size, dataColor: attrs.color };
    });
  });

test("size by PageRank and colour by community in the Style panel change the stage, not the data graph", async () => {
  const { page, errors } = await app.open("", { width: 1280, height: 800 });
  const before = await nodesNow(page);
  assert.equal(before.length, 240);
  await page.locator('[data-testid="style-toggle"]').click();
  const box = page.locator('[data-testid="style-measures"]');
  await box.waitFor();

  await box.locator('[data-testid="style-node-size"]').selectOption("pagerank");
  await page.waitForFunction(() => window.__explorer!.store.get().measures.entries.pagerank !== undefined);
  await page.waitForFunction(
    () => !document.querySelector('[data-testid="measures-status"]')?.textContent?.includes("Computing"),
  );
  assert.match((await box.locator('[data-testid="measures-status"]').textContent()) ?? "", /PageRank of 240 nodes/);
  const ranks = await page.evaluate(() => {
    const { entries } = window.__explorer!.store.get().measures;
    const entry = entries.pagerank!;
    return Object.fromEntries([...entry.index].map(([key, i]) => [key, entry.result.values[i]!]));
  });
  const sized = await nodesNow(page);
  // Bigger PageRank, bigger node; the top one is drawn at the largest size, and sizes now differ from before.
  const byRank = [...sized].sort((a, b) => ranks[a.key]! - ranks[b.key]!);
  for (let i = 1; i < byRank.length; i++)
    assert.ok(byRank[i]!.size >= byRank[i - 1]!.size - 1e-9, `${byRank[i]!.key} is smaller than a node of lower rank`);
  assert.ok(Math.abs(byRank.at(-1)!.size - 20) < 1e-6, `the top node is drawn at ${byRank.at(-1)!.size}`);
  assert.ok(
    sized.some((n, i) => Math.abs(n.size - before[i]!.size) > 0.5),
    "some node changed size",
  );
  // The data graph is untouched: sizes go through the reducers.
  assert.deepEqual(
    sized.map((n) => n.dataSize),
    before.map((n) => n.dataSize),
  );
  // PageRank sums to 1 over the graph.
  assert.ok(Math.abs(Object.values(ranks).reduce((a, b) => a + b, 0) - 1) < 1e-6);

  await box.locator('[data-testid="style-node-color"]').selectOption("community");
  await page.waitForFunction(() => window.__explorer!.store.get().measures.entries.community !== undefined);
  const communities = await page.evaluate(() => {
    const entry = window.__explorer!.store.get().measures.entries.community!;
    return {
      of: Object.fromEntries([...entry.index].map(([key, i]) => [key, entry.result.values[i]!])),
      count: entry.result.communities!,
    };
  });
  assert.ok(communities.count >= 2, `${communities.count} communities`);
  await page.waitForFunction(() =>
    /communities among 240 nodes/.test(document.querySelector('[data-testid="measures-status"]')?.textContent ?? ""),
  );
  const colored = await nodesNow(page);
  // One colour per community, and different communities look different (among the palette's twelve).
  const colorOf = new Map<number, string>();
  for (const n of colored) {
    const c = communities.of[n.key]!;
    if (!colorOf.has(c)) colorOf.set(c, n.color);
    assert.equal(n.color, colorOf.get(c), `node ${n.key} of community ${c}`);
  }
  const listed = [...colorOf].filter(([c]) => c < 12).map(([, color]) => color);
  assert.equal(new Set(listed).size, listed.length, "the largest communities have colours of their own");
  assert.deepEqual(
    colored.map((n) => n.dataColor),
    before.map((n) => n.dataColor),
    "the data graph keeps its colours",
  );
  // The legend says what colour means now, instead of showing the labels' colours as if they were on the stage.
  assert.match(
    (await page.locator('[data-testid="legend-measure"]').textContent()) ?? "",
    new RegExp(`community \\(Louvain\\), ${communities.count} found`),
  );
  await screenshot(page, "measures-01-style-1280");

  // Back to each label's own style.
  await box.locator('[data-testid="style-node-size"]').selectOption("label");
  await box.locator('[data-testid="style-node-color"]').selectOption("label");
  await page.locator('[data-testid="legend-measure"]').waitFor({ state: "detached" });
  const back = await nodesNow(page);
  assert.deepEqual(
    back.map((n) => [n.size, n.color]),
    before.map((n) => [n.size, n.color]),
  );
  assert.deepEqual(errors, []);
  await page.close();
});

test("the result table shows a measure column of the graph in view, and a phone shows the measure choices", async () => {
  const { page, errors } = await app.open("", { width: 1280, height: 800 });
  await page.locator('[data-testid="saved-query"]').first().click();
  await page.locator('[data-testid="run-query"]').click();
  await page.waitForSelector('[data-testid="results-table"]');
  // The view is now the query's forty nodes.
  await page.waitForFunction(() => window.__explorer!.graph.order === 40);
  const chooser = page.locator('[data-testid="column-chooser"]');
  await chooser.locator("summary").click();
  await chooser.locator('input[data-measure="degree"]').check();
  const header = page.locator('[data-testid="results-table"] th', { hasText: "e · Degree" });
  await header.waitFor();
  // Filled in once the worker has measured the forty nodes' view.
  await page.waitForFunction(() => {
    const entry = window.__explorer!.store.get().measures.entries.degree;
    return entry !== undefined && entry.index.size === 40;
  });
  const column = await page.evaluate(() => {
    const table = document.querySelector('[data-testid="results-table"]')!;
    const heads = [...table.querySelectorAll("thead th")].map((th) => th.textContent?.replace(/[▲▼]/g, "").trim());
    const at = heads.indexOf("e · Degree");
    return [...table.querySelectorAll("tbody tr")].map((tr) => tr.children[at]?.textContent ?? "");
  });
  // Degree by counting the query's relationships here, row by row (rows are in the query's order).
  assert.deepEqual(
    column,
    picked.ids.map((id) => String(picked.degree.get(id))),
  );
  await page.setViewportSize({ width: 390, height: 844 });
  const workbench = page.locator("#workbench-toggle");
  if ((await workbench.getAttribute("aria-expanded")) === "true") await workbench.click();
  await page.locator('[data-testid="style-toggle"]').click();
  const size = page.locator('[data-testid="style-node-size"]');
  await size.waitFor();
  const rect = await size.boundingBox();
  assert.ok(rect && rect.height >= 36 && rect.x >= 0 && rect.x + rect.width <= 390, JSON.stringify(rect));
  // The sheet slides in: picture it once it is in place.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));
  await screenshot(page, "measures-02-style-390");
  assert.deepEqual(
    errors.filter((e) => !e.includes("Container has no height")),
    [],
  );
  await page.close();
});

test("the legend's colour note leaves the stage its size at every width (a resized canvas is drawn again in full)", async () => {
  const { page, errors } = await app.open("", { width: 1280, height: 760 });
  await page.locator('[data-testid="style-toggle"]').click();
  const box = page.locator('[data-testid="style-measures"]');
  await box.waitFor();
  const colour = box.locator('[data-testid="style-node-color"]');
  const stageHeight = () => page.evaluate(() => document.querySelector("#stage")!.getBoundingClientRect().height);
  // A category hidden by the legend makes its summary longer: the note and the summary no longer share a row.
  await page.locator('[data-testid="legend-entry"] button').first().click();
  await page.waitForFunction(() =>
    /hidden by the legend/.test(document.querySelector('[data-testid="graph-summary"]')?.textContent ?? ""),
  );
  // Wherever the note lands (the end of a row or a row of its own), the stage must not move.
  const resized: string[] = [];
  for (let width = 920; width <= 1600; width += 40) {
    await page.setViewportSize({ width, height: 760 });
    await colour.selectOption("label");
    await page.locator('[data-testid="legend-measure"]').waitFor({ state: "detached" });
    const without = await stageHeight();
    await colour.selectOption("community");
    await page.locator('[data-testid="legend-measure"]').waitFor();
    const withNote = await stageHeight();
    if (withNote !== without) resized.push(`${width} px: ${without} → ${withNote}`);
  }
  assert.deepEqual(resized, [], "the stage keeps its height when the note comes and goes");
  // On a narrow stage the row holds more than it shows: its edge says so until it is scrolled to the end.
  await page.setViewportSize({ width: 920, height: 760 });
  await page.waitForSelector('#legend[data-more="true"]');
  await page.evaluate(() => document.querySelector("#legend")!.scrollTo({ left: 1e6 }));
  await page.waitForSelector('#legend[data-more="false"]');
  assert.deepEqual(errors, []);
});

// The timeline and the as-of view in real Chromium: the strip's marks and hover, the slider dimming a fact not yet
// true (and marking an ended one) through the reducers, the as-of date in the link surviving a reload, the time story
// in presentation mode, the offline edition, and "no dated facts" on the fixture graphs, which have none.
// What the page should show is computed from the API's own answer with the shared time rules, never written by hand.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { screenshot } from "../support/browser.ts";
import { useExplorerPage } from "../support/explorer-page.ts";
import { serveStatic } from "../support/static-server.ts";
import { privateNeo4j } from "../support/private-neo4j.ts";
import { startExplorer } from "../../src/server/run.ts";
import { loadGraphFolder, readGraphFolder } from "../../src/seed/index.ts";
import {
  compareTimes,
  GraphPayloadSchema,
  stepDate,
  timeOf,
  wordingOf,
  type TimeValue,
  type WireRelationship,
} from "../../src/shared/index.ts";

const root = new URL("../../", import.meta.url).pathname;
const distDir = join(root, "dist");
const SIZES = {
  phone: { width: 390, height: 844 },
  laptop: { width: 1366, height: 800 },
  projector: { width: 1920, height: 1080 },
};
let rels: WireRelationship[];
let datedRels: Array<{ rel: WireRelationship; time: TimeValue }>;
let datedEvents: number;
let firstYear: number;

const app = useExplorerPage({
  prepare: async () => {
    const payload = GraphPayloadSchema.parse(await (await fetch(new URL("/api/graph", app.url))).json());
    rels = payload.relationships;
    datedRels = rels.flatMap((rel) => {
      const time = timeOf(rel.properties);
      return time ? [{ rel, time }] : [];
    });
    // The page's order: oldest first, ties by type, then by key.
    datedRels.sort(
      (a, b) => compareTimes(a.time, b.time) || byText(a.rel.type, b.rel.type) || byText(a.rel.id, b.rel.id),
    );
    datedEvents = payload.nodes.filter((n) => timeOf(n.properties) !== null).length;
    firstYear = Math.min(...[...datedRels.map((d) => d.time)].map((t) => Number((t.start ?? t.end)!.slice(0, 4))));
    assert.ok(datedRels.length >= 5, `the article graph has dated relationships (${datedRels.length})`);
  },
});

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const relOfType = (type: string) => {
  const found = datedRels.find((d) => d.rel.type === type);
  assert.ok(found, `a dated ${type}`);
  return found;
};

/** The drawn colour of an edge, and whether it is hidden, as the reducers leave it. */
async function edgeLook(page: Page, key: string): Promise<{ color?: string; hidden?: boolean; label?: string }> {
  return page.evaluate((k) => {
    const data = window.__explorer!.sigma.getEdgeDisplayData(k);
    return { color: data?.color, hidden: data?.hidden, label: data?.label ?? undefined };
  }, key);
}

const cssVar = (page: Page, name: string) =>
  page.evaluate((n) => getComputedStyle(document.documentElement).getPropertyValue(n).trim(), name);

async function slideTo(page: Page, month: string): Promise<void> {
  const [year, m] = month.split("-").map(Number) as [number, number];
  const index = (year - firstYear) * 12 + (m - 1);
  await page.evaluate((i) => {
    const slider = document.querySelector<HTMLInputElement>('[data-testid="timeline-slider"]')!;
    slider.value = String(i);
    slider.dispatchEvent(new Event("input", { bubbles: true }));
  }, index);
  await page.waitForFunction(
    (text) => document.querySelector('[data-testid="timeline-asof"]')?.textContent === text,
    month,
  );
}

test("the strip shows each dated fact as a mark, counts the undated apart, and hovering shows the fact and its quote", async () => {
  const { page, errors } = await app.open("", SIZES.laptop);
  await page.waitForSelector('[data-testid="timeline-mark"]');
  assert.equal(
    await page.locator('[data-testid="timeline-mark"]').count(),
    datedRels.length + datedEvents,
    "one mark per dated relationship and dated event",
  );
  assert.equal(
    await page.textContent('[data-testid="timeline-count"]'),
    `${datedRels.length + datedEvents} dated facts · ${rels.length - datedRels.length} undated`,
  );
  assert.equal(await page.locator('[data-testid="timeline-empty"]').isHidden(), true);

  const stepDown = relOfType("STEPPED_DOWN_FROM");
  await page.hover(`[data-testid="timeline-mark"][data-key="${stepDown.rel.id}"]`);
  const tip = page.locator('[data-testid="timeline-tip"]');
  await tip.waitFor({ state: "visible" });
  const text = (await tip.textContent()) ?? "";
  assert.match(text, /Jack Ma — STEPPED_DOWN_FROM → Alibaba/);
  assert.match(text, new RegExp(`${stepDown.time.text} \\(${wordingOf(stepDown.rel.properties)}\\)`));
  assert.equal(await page.textContent('[data-testid="timeline-tip-quote"]'), `「${stepDown.rel.properties.quote}」`);
  await screenshot(page, "timeline-01-laptop-hover");
  await page.mouse.move(5, 5);
  await tip.waitFor({ state: "hidden" });
  assert.deepEqual(errors, []);
  await page.close();
});

test("the as-of slider dims a fact not yet true, hides it on request, marks an ended one, and the date survives a reload", async () => {
  const { page, errors } = await app.open("", SIZES.laptop);
  const apple = relOfType("ADOPTED_BY");
  const stepDown = relOfType("STEPPED_DOWN_FROM");
  const dimEdge = await cssVar(page, "--canvas-dim-edge");
  assert.notEqual((await edgeLook(page, apple.rel.id)).color, dimEdge, "without an as-of date nothing is dimmed");

  await slideTo(page, "2023-06");
  assert.equal((await edgeLook(page, apple.rel.id)).color, dimEdge, "Apple's early-2024 choice is not yet true");
  assert.notEqual((await edgeLook(page, stepDown.rel.id)).color, dimEdge, "Ma's 2019 step-down is");
  assert.equal(
    await page.getAttribute(`[data-testid="timeline-mark"][data-key="${apple.rel.id}"]`, "data-status"),
    "not-yet",
  );
  await page.waitForFunction(() => new URL(location.href).searchParams.get("asof") === "2023-06");
  await screenshot(page, "timeline-02-laptop-as-of-2023-06");

  await page.reload();
  await app.ready(page);
  await page.waitForSelector('[data-testid="timeline-mark"]');
  assert.equal(await page.textContent('[data-testid="timeline-asof"]'), "2023-06", "the link keeps the as-of date");
  assert.equal((await edgeLook(page, apple.rel.id)).color, dimEdge, "and the stage is still as of then");

  await page.check('[data-testid="timeline-hide"]');
  await page.waitForFunction((k) => window.__explorer!.sigma.getEdgeDisplayData(k)?.hidden === true, apple.rel.id);
  assert.notEqual((await edgeLook(page, stepDown.rel.id)).hidden, true);
  await page.uncheck('[data-testid="timeline-hide"]');

  // After the end of a period, the fact is marked as ended (the 380 bn plan runs until 2025).
  const ended = datedRels.find((d) => d.time.kind === "period" && d.time.end !== null);
  assert.ok(ended, "a dated period with an end");
  const after = String(Number(ended.time.end!.slice(0, 4)) + 1);
  await page.goto(new URL(`/?asof=${after}`, app.url).href);
  await app.ready(page);
  await page.waitForSelector('[data-testid="timeline-mark"]');
  const look = await edgeLook(page, ended.rel.id);
  assert.equal(look.color, await cssVar(page, "--canvas-ended"));
  assert.equal(
    await page.getAttribute(`[data-testid="timeline-mark"][data-key="${ended.rel.id}"]`, "data-status"),
    "ended",
  );
  // Moving the slider to the end shows every date again, and the link drops asof.
  await page.evaluate(() => {
    const slider = document.querySelector<HTMLInputElement>('[data-testid="timeline-slider"]')!;
    slider.value = slider.max;
    slider.dispatchEvent(new Event("input", { bubbles: true }));
  });
  await page.waitForFunction(() => !new URL(location.href).searchParams.has("asof"));
  assert.notEqual((await edgeLook(page, ended.rel.id)).color, await cssVar(page, "--canvas-ended"));
  assert.deepEqual(errors, []);
  await page.close();
});

test("Play tells the dated facts one per step, oldest first, with its sentence, while the as-of date follows", async () => {
  const { page, errors } = await app.open("", SIZES.projector);
  await page.click('[data-testid="timeline-play"]');
  await page.waitForSelector('[data-testid="caption-title"]');
  assert.match((await page.textContent('[data-testid="caption-step"]')) ?? "", new RegExp(`${datedRels.length} steps`));
  for (const [i, { rel, time }] of datedRels.slice(0, 3).entries()) {
    await page.keyboard.press("ArrowRight");
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid="caption-step"]')?.textContent?.startsWith(`Step ${n} of`),
      i + 1,
    );
    assert.equal(await page.textContent('[data-testid="caption-quote"]'), `「${rel.properties.quote}」`);
    assert.match(
      (await page.textContent('[data-testid="caption-when"]')) ?? "",
      new RegExp(String(wordingOf(rel.properties))),
    );
    assert.equal(
      await page.textContent('[data-testid="timeline-asof"]'),
      stepDate(time),
      "the stage is as of the step",
    );
    if (i === 0) await screenshot(page, "timeline-03-projector-story-step-1");
  }
  await page.keyboard.press("Escape");
  await page.waitForFunction(() => !document.documentElement.dataset.presenting);
  await page.waitForFunction(
    () => document.querySelector('[data-testid="timeline-asof"]')?.textContent === "every date",
  );
  assert.deepEqual(errors, []);
  await page.close();
});

test("on a phone the strip fits the width and its controls stay usable", async () => {
  const { page, errors } = await app.open("/?asof=2024", SIZES.laptop);
  // The query workbench, open by default, leaves the stage no height on a phone (see style-panel test): close it.
  const workbench = page.locator("#workbench-toggle");
  if ((await workbench.getAttribute("aria-expanded")) === "true") await workbench.click();
  await page.setViewportSize(SIZES.phone);
  await page.waitForSelector('[data-testid="timeline-mark"]');
  const overflow = await page.evaluate(() => {
    const strip = document.querySelector<HTMLElement>('[data-testid="timeline"]')!;
    return strip.scrollWidth - strip.clientWidth;
  });
  assert.ok(overflow <= 1, `no horizontal overflow (${overflow}px)`);
  assert.equal(await page.locator('[data-testid="timeline-slider"]').isVisible(), true);
  await screenshot(page, "timeline-04-phone-as-of-2024");
  assert.deepEqual(errors, []);
  await page.close();
});

test("the offline edition shows the same marks and honours asof= in its link", async () => {
  const outDir = mkdtempSync(join(tmpdir(), "kg-offline-time-"));
  const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/export.ts", "--out", outDir, "--force"], {
    cwd: root,
    encoding: "utf8",
    env: process.env,
  });
  assert.equal(run.status, 0, run.stderr + run.stdout);
  const site = await serveStatic(outDir);
  try {
    const { page, errors } = await app.open(`${site.url}?asof=2023-06`, SIZES.laptop);
    await page.waitForSelector('[data-testid="timeline-mark"]');
    assert.equal(await page.locator('[data-testid="timeline-mark"]').count(), datedRels.length + datedEvents);
    assert.equal(await page.textContent('[data-testid="timeline-asof"]'), "2023-06");
    const apple = relOfType("ADOPTED_BY");
    const key = await page.evaluate(
      (type) => window.__explorer!.graph.findEdge((_, attrs) => attrs.relType === type) ?? null,
      apple.rel.type,
    );
    assert.ok(key);
    assert.equal((await edgeLook(page, key)).color, await cssVar(page, "--canvas-dim-edge"));
    assert.deepEqual(errors, []);
    await page.close();
  } finally {
    await site.close();
    rmSync(outDir, { recursive: true, force: true });
  }
});

test("each fixture graph, which has no dated relationships, says so instead of drawing an empty axis", async () => {
  const neo4j = privateNeo4j("timeline-fixtures", 7832);
  const conn = await neo4j.start();
  try {
    const fixtures = join(root, "test/fixtures/graphs");
    // The fixtures whose scripts give no relationship a `when` (two-sources does, and is drawn like the article).
    const undated = [];
    for (const entry of readdirSync(fixtures, { withFileTypes: true }).filter((e) => e.isDirectory())) {
      const folder = await readGraphFolder(join(fixtures, entry.name));
      if (!folder.files.some((f) => /\bwhen\s*:/.test(readFileSync(f, "utf8")))) undated.push(entry);
    }
    assert.ok(undated.length >= 3, "several fixtures without dates");
    for (const name of undated) {
      const folder = await readGraphFolder(join(fixtures, name.name));
      await loadGraphFolder(conn, folder, { force: true, log: () => {} });
      const server = await startExplorer({ connection: conn, host: "127.0.0.1", port: 0, staticDir: distDir });
      try {
        const { page, errors } = await app.open(server.url, SIZES.laptop);
        const empty = page.locator('[data-testid="timeline-empty"]');
        await empty.waitFor({ state: "visible", timeout: 15_000 });
        assert.match((await empty.textContent()) ?? "", /^No dated facts/, name.name);
        assert.equal(await page.locator('[data-testid="timeline-mark"]').count(), 0);
        assert.equal(await page.locator('[data-testid="timeline-slider"]').isVisible(), false);
        if (name.name === "people-works") await screenshot(page, "timeline-05-fixture-no-dated-facts");
        assert.deepEqual(errors, [], name.name);
        await page.close();
      } finally {
        await server.close();
      }
    }
  } finally {
    await neo4j.destroy();
  }
});

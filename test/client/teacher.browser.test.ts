// The teacher's tools in real Chromium: presentation mode stepped with the keyboard through the Ma → Apple
// story, the dark theme, embed mode for a course page, and PNG / GEXF / JSON exports of the view.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { screenshot } from "../support/browser.ts";
import { useExplorerPage } from "../support/explorer-page.ts";
import { PathsResponseSchema } from "../../src/shared/index.ts";
import { ARTICLE_PERSPECTIVE } from "../support/article-perspective.ts";

const PROJECTOR = { width: 1920, height: 1080 };
const STORY = ["jack-ma", "joe-tsai", "eddie-wu", "qwen", "apple"];
let storyQuotes: string[];

const app = useExplorerPage({
  server: { perspectiveFile: ARTICLE_PERSPECTIVE },
  prepare: async () => {
    // The chain's quotes straight from the API, to compare the captions against.
    const res = PathsResponseSchema.parse(
      await (await fetch(new URL("/api/paths?from=jack-ma&to=apple&maxHops=4&k=20", app.url))).json(),
    );
    const slug = new Map(res.nodes.map((n) => [n.id, n.properties.id]));
    const path = res.paths.find((p) => p.nodes.map((id) => slug.get(id)).join() === STORY.join());
    assert.ok(path, "the graph holds the Ma → Tsai → Wu → Qwen → Apple chain");
    storyQuotes = path.hops.map((hop) => String(hop.relationship.properties.quote));
  },
});

const caption = (page: Page, part: string) => page.textContent(`[data-testid="caption-${part}"]`);

test("P presents the Ma → Apple story; arrows and Space step through its quotes in order; Escape leaves", async () => {
  const { page, errors } = await app.open("", PROJECTOR);
  await page.keyboard.press("p");
  await page.waitForSelector('[data-testid="caption-title"]');
  assert.equal(await page.getAttribute("html", "data-presenting"), "true");
  assert.equal(await page.locator(".app-header").isHidden(), true, "no clutter: the header is hidden");
  assert.equal(await page.locator('[data-testid="workbench"]').isHidden(), true, "and so is the query panel");
  assert.match((await caption(page, "step")) ?? "", /4 steps/);

  const keys = ["ArrowRight", "Space", "ArrowRight", "Space"];
  for (const [i, key] of keys.entries()) {
    await page.keyboard.press(key);
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid="caption-step"]')?.textContent?.startsWith(`Step ${n} of 4`),
      i + 1,
    );
    assert.equal(await caption(page, "quote"), `「${storyQuotes[i]}」`, `step ${i + 1} shows hop ${i + 1}'s sentence`);
    if (i === 1) await screenshot(page, "teacher-01-presentation-step-2");
  }
  assert.match((await caption(page, "hop")) ?? "", /Qwen — ADOPTED_BY → Apple/);

  // Readable from the back of the room: quote ≥ 32 px, node labels ≥ 24 px; the current hop is lit by the reducers.
  const sizes = await page.evaluate(() => ({
    quote: parseFloat(getComputedStyle(document.querySelector('[data-testid="caption-quote"]')!).fontSize),
    label: window.__explorer!.sigma.getSetting("labelSize"),
  }));
  assert.ok(sizes.quote >= 32, `quote ${sizes.quote}px`);
  assert.ok(sizes.label >= 24, `labels ${sizes.label}px`);
  const lit = await page.evaluate(() => {
    const { sigma, graph } = window.__explorer!;
    const apple = graph.findNode((_, a) => a.slug === "apple")!;
    const other = graph.findNode((_, a) => a.slug === "tencent")!;
    return { apple: sigma.getNodeDisplayData(apple)?.highlighted, otherLabel: sigma.getNodeDisplayData(other)?.label };
  });
  assert.deepEqual(lit, { apple: true, otherLabel: "" });

  await page.keyboard.press("ArrowLeft");
  assert.equal(await caption(page, "quote"), `「${storyQuotes[2]}」`, "back one step");
  await page.keyboard.press("Escape");
  await page.waitForFunction(() => !document.documentElement.hasAttribute("data-presenting"));
  assert.equal(await page.locator('[data-testid="presentation-caption"]').isHidden(), true);
  assert.equal(await page.evaluate(() => window.__explorer!.sigma.getSetting("labelSize")), 14, "normal labels again");
  assert.deepEqual(errors, []);
  await page.close();
});

test("present=1 opens straight into presentation mode, and a query result can be presented too", async () => {
  const { page, errors } = await app.open("?present=1", PROJECTOR);
  await page.waitForSelector('[data-testid="caption-title"]');
  await page.keyboard.press("Space");
  assert.equal(await caption(page, "quote"), `「${storyQuotes[0]}」`);
  await page.keyboard.press("Escape");

  await page.click('[data-query="leadership-changes"]');
  await page.click('[data-testid="run-query"]');
  await page.waitForSelector('[data-testid="present-result"]');
  await page.click('[data-testid="present-result"]');
  await page.waitForSelector('[data-testid="caption-title"]');
  assert.equal(await caption(page, "title"), "Who appointed whom: leadership and roles");
  await page.keyboard.press("ArrowRight");
  assert.match((await caption(page, "hop")) ?? "", /—/);
  assert.ok(((await caption(page, "quote")) ?? "").length > 4);
  await page.keyboard.press("Escape");
  assert.deepEqual(errors, []);
  await page.close();
});

test("the dark theme switches page and canvas colours, and is remembered", async () => {
  const { page, errors } = await app.open();
  const canvas = () =>
    page.evaluate(() => ({
      bg: getComputedStyle(document.documentElement).getPropertyValue("--canvas-bg").trim(),
      label: (window.__explorer!.sigma.getSetting("labelColor") as { color: string }).color,
    }));
  const light = await canvas();
  await page.click('[data-testid="theme-toggle"]');
  assert.equal(await page.getAttribute("html", "data-theme"), "dark");
  assert.equal(await page.getAttribute('[data-testid="theme-toggle"]', "aria-pressed"), "true");
  const dark = await canvas();
  assert.notEqual(dark.bg, light.bg);
  assert.notEqual(dark.label, light.label, "Sigma re-read its label colour");
  await screenshot(page, "teacher-02-dark-theme");
  await page.reload();
  await app.ready(page);
  assert.equal(await page.getAttribute("html", "data-theme"), "dark", "remembered across visits");
  assert.equal((await canvas()).label, dark.label);
  await page.click('[data-testid="theme-toggle"]');
  assert.equal(await page.getAttribute("html", "data-theme"), "light");
  assert.deepEqual(errors, []);
  await page.close();
});

test("embed=1 is a read-only view: the graph without the editor or the query panel", async () => {
  const { page, errors } = await app.open("?embed=1&theme=dark", { width: 900, height: 600 });
  assert.ok(Number(await page.getAttribute("body", "data-node-count")) > 0);
  assert.equal(await page.locator('[data-testid="workbench"]').isHidden(), true);
  assert.equal(await page.locator(".cm-editor").count(), 0, "no editor at all");
  assert.equal(await page.locator('[data-testid="saved-query"]').count(), 0);
  assert.equal(await page.getAttribute("html", "data-theme"), "dark", "theme= applies to the embed");
  await screenshot(page, "teacher-03-embed");
  assert.deepEqual(errors, []);
  await page.close();
});

test("the view exports as a PNG image, and the graph as GEXF and JSON", async () => {
  const { page, errors } = await app.open();
  const download = async (testid: string) => {
    const [file] = await Promise.all([page.waitForEvent("download"), page.click(`[data-testid="${testid}"]`)]);
    return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
  };
  const png = await download("export-png");
  assert.match(png.name, /^graph-\d{4}-\d{2}-\d{2}\.png$/);
  assert.deepEqual([...png.bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], "a PNG signature");
  assert.ok(png.bytes.length > 20_000, `a real picture, not a blank: ${png.bytes.length} bytes`);
  const width = png.bytes.readUInt32BE(16);
  assert.ok(width >= 800, `width ${width}`);

  const gexf = (await download("export-gexf")).bytes.toString("utf8");
  assert.match(gexf, /<gexf/);
  assert.match(gexf, /label="Jack Ma"/);
  assert.match(gexf, /蔡崇信を董事会主席に呼び戻し/, "relationship quotes travel as attributes");
  const json = JSON.parse((await download("export-json")).bytes.toString("utf8")) as {
    nodes: unknown[];
    edges: unknown[];
  };
  const order = Number(await page.getAttribute("body", "data-node-count"));
  assert.equal(json.nodes.length, order);
  assert.ok(json.edges.length > 0);
  assert.deepEqual(errors, []);
  await page.close();
});

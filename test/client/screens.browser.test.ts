// The explorer on every screen (issue 13) in real Chromium against the real server and Neo4j: a phone, a tablet, a
// laptop and a projector; the stage never collapses, one panel at a time, the camera fits what changed.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { clickNode, screenshot } from "../support/browser.ts";
import { ARTICLE_PERSPECTIVE } from "../support/article-perspective.ts";
import { useExplorerPage, layoutSettled } from "../support/explorer-page.ts";

const PHONE = { width: 390, height: 844 };
const TABLET = { width: 768, height: 1024 };
const LAPTOP = { width: 1440, height: 900 };
const PROJECTOR = { width: 1920, height: 1080 };

const app = useExplorerPage({ ready: layoutSettled, server: { perspectiveFile: ARTICLE_PERSPECTIVE } });

async function box(page: Page, selector: string) {
  const found = await page.locator(selector).boundingBox();
  if (!found) throw new Error(`${selector} is not shown`);
  return found;
}

/** The dock panels (query library, path finder and style, details) the reader can see right now. */
const visiblePanels = (page: Page) =>
  page.$$eval(".dock-panel", (panels) =>
    panels.filter((p) => (p as HTMLElement).offsetWidth > 0 && (p as HTMLElement).offsetHeight > 0).map((p) => p.id),
  );

/** Sigma's canvas has the stage's size, so the graph was drawn into something visible. */
async function assertStageDrawn(page: Page, label: string): Promise<void> {
  const stage = await box(page, "#stage");
  assert.ok(stage.height > 150, `${label}: the stage has height (${stage.height})`);
  assert.ok(stage.width > 150, `${label}: the stage has width (${stage.width})`);
  const canvas = await page.$eval("#stage canvas", (c) => ({ w: c.clientWidth, h: c.clientHeight }));
  assert.ok(canvas.h > 150 && canvas.w > 150, `${label}: Sigma's canvas follows the stage (${canvas.w}×${canvas.h})`);
  assert.ok(Number(await page.getAttribute("body", "data-node-count")) > 10, `${label}: nodes drawn`);
}

test("at 390×844 the stage comes first with height, the graph draws, and panels are one sheet over it", async () => {
  const { page, errors } = await app.open("", PHONE);
  await assertStageDrawn(page, "phone");
  assert.equal((await page.textContent('[data-testid="status"]'))?.trim(), "", "no error over the stage");
  assert.deepEqual(await visiblePanels(page), [], "no panel covers the graph on arrival");
  await screenshot(page, "screens-phone-first-view");
  // The query library opens as a sheet over the lower part of the stage; the stage keeps its size.
  await page.click('[data-testid="workbench-toggle"]');
  assert.deepEqual(await visiblePanels(page), ["workbench"]);
  const sheet = await box(page, "#workbench");
  const stage = await box(page, "#stage");
  assert.ok(sheet.height < stage.height, "the sheet leaves part of the graph in view");
  assert.ok(sheet.width <= PHONE.width, "the sheet fits the phone's width");
  await assertStageDrawn(page, "phone with the query sheet");
  // The path finder replaces it: one sheet at a time.
  await page.click('[data-testid="paths-toggle"]');
  assert.deepEqual(await visiblePanels(page), ["side-panel"]);
  await screenshot(page, "screens-phone-path-sheet");
  assert.deepEqual(errors, []);
  await page.close();
});

test("resizing from a laptop to a phone and to a projector throws nothing and keeps the graph drawn", async () => {
  const { page, errors } = await app.open("", LAPTOP);
  for (const [label, size] of [
    ["phone", PHONE],
    ["tablet", TABLET],
    ["projector", PROJECTOR],
    ["laptop", LAPTOP],
  ] as const) {
    await page.setViewportSize(size);
    // Two frames: the resize observer, then Sigma's render.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await assertStageDrawn(page, label);
    await screenshot(page, `screens-resized-${label}`);
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test("Try again after a failed first load builds the whole view", async () => {
  const page = await app.browser.newPage({ viewport: PHONE });
  const errors: string[] = [];
  page.on("pageerror", (err) => errors.push(String(err)));
  let failures = 0;
  await page.route("**/api/graph*", (route) => {
    if (failures++ > 0) return route.continue();
    return route.fulfill({ status: 503, contentType: "application/json", body: '{"error":"unavailable"}' });
  });
  await page.goto(app.url);
  await page.waitForSelector('[data-testid="retry"]', { timeout: 30_000 });
  await page.click('[data-testid="retry"]');
  await app.ready(page);
  await assertStageDrawn(page, "after Try again");
  assert.deepEqual(errors, []);
  await page.close();
});

test("one panel beside the stage at a time: the stage keeps at least 60% of 1440 px", async () => {
  const { page, errors } = await app.open("", LAPTOP);
  await page.waitForSelector('[data-testid="saved-query"]');
  const share = async () => (await box(page, ".stage-wrap")).width / LAPTOP.width;
  assert.deepEqual(await visiblePanels(page), ["workbench"], "the query library is open on a laptop");
  await page.click('[data-testid="paths-toggle"]');
  assert.deepEqual(await visiblePanels(page), ["side-panel"], "the path finder replaces the query library");
  assert.ok((await share()) >= 0.6, `stage share with the path finder: ${await share()}`);
  // A panel change reframes the graph: click once the camera holds still.
  await page.waitForFunction(() => !window.__explorer!.sigma.getCamera().isAnimated());
  await clickNode(page, "jack-ma");
  await page.waitForSelector('[data-testid="details-panel"] [data-testid="relationship"]');
  assert.deepEqual(await visiblePanels(page), ["details"], "a clicked node's details come in front");
  assert.ok((await share()) >= 0.6, `stage share with details: ${await share()}`);
  await screenshot(page, "screens-laptop-details");
  // The path finder's button brings it back in front; closing it shows the details again.
  await page.click('[data-testid="paths-toggle"]');
  assert.deepEqual(await visiblePanels(page), ["side-panel"]);
  await page.click('[data-testid="paths-panel"] .close');
  assert.deepEqual(await visiblePanels(page), ["details"]);
  await page.click('[data-testid="close-details"]');
  assert.deepEqual(await visiblePanels(page), ["workbench"], "the query library was behind all along");
  assert.deepEqual(errors, []);
  await page.close();
});

/**
 * What is wrong with the framing right now: labels (as Sigma draws them: 3 px right of the disc) outside the stage,
 * or `nodes` huddled in a corner (their centres spread over less than half the stage's width and height).
 */
function framingProblems(nodes: string[] | null): string[] {
  const { sigma, graph } = window.__explorer!;
  const { width, height } = sigma.getDimensions();
  const ctx = document.createElement("canvas").getContext("2d")!;
  ctx.font = `${sigma.getSetting("labelWeight")} ${sigma.getSetting("labelSize")}px ${sigma.getSetting("labelFont")}`;
  const keys = nodes ?? graph.nodes();
  const problems: string[] = [];
  const centres: Array<{ x: number; y: number }> = [];
  // The hint line sits over the stage's bottom edge: a node or label under it is half hidden.
  const stageBox = sigma.getContainer().getBoundingClientRect();
  const hintElement = document.querySelector<HTMLElement>("#hint");
  const hintBox = hintElement && hintElement.getClientRects().length ? hintElement.getBoundingClientRect() : null;
  const hint = hintBox && {
    left: hintBox.left - stageBox.left,
    right: hintBox.right - stageBox.left,
    top: hintBox.top - stageBox.top,
    bottom: hintBox.bottom - stageBox.top,
  };
  for (const key of keys) {
    const data = sigma.getNodeDisplayData(key);
    if (!data || data.hidden) continue;
    const p = sigma.framedGraphToViewport(data);
    const size = sigma.scaleSize(data.size);
    const right = p.x + size + (data.label ? 3 + ctx.measureText(data.label).width : 0);
    const half = Math.max(size, sigma.getSetting("labelSize") / 2);
    centres.push(p);
    if (p.x - size < 0 || right > width || p.y - half < 0 || p.y + half > height)
      problems.push(`${data.label}: [${Math.round(p.x - size)}, ${Math.round(right)}] in ${width}×${height}`);
    else if (hint && p.x - size < hint.right && right > hint.left && p.y - half < hint.bottom && p.y + half > hint.top)
      problems.push(`${data.label}: under the hint line (${Math.round(p.x)}, ${Math.round(p.y)})`);
  }
  if (centres.length > 2) {
    const spread = (values: number[]) => Math.max(...values) - Math.min(...values);
    const sx = spread(centres.map((c) => c.x)) / width;
    const sy = spread(centres.map((c) => c.y)) / height;
    if (Math.max(sx, sy) < 0.5) problems.push(`huddled: spread ${sx.toFixed(2)} × ${sy.toFixed(2)} of the stage`);
  }
  return problems;
}

/** Polls until the camera has framed `nodes` (all when null) and holds still; fails with what is still wrong. */
async function assertFramed(page: Page, nodes: string[] | null, label: string): Promise<void> {
  // tsx keeps function names with a __name helper the page does not have: give it one that does nothing.
  await page.evaluate("window.__name = (f) => f");
  let problems: string[] = [];
  for (let attempt = 0; attempt < 60; attempt++) {
    const moving = await page.evaluate(
      () => window.__explorer!.sigma.getCamera().isAnimated() || document.body.dataset.layout === "running",
    );
    problems = moving ? ["still moving"] : await page.evaluate(framingProblems, nodes);
    if (problems.length === 0) return;
    await page.waitForTimeout(250);
  }
  assert.deepEqual(problems, [], label);
}

test("the camera frames the first view, a saved query's result and a panel change with every label inside", async () => {
  for (const [name, size] of [
    ["laptop", LAPTOP],
    ["projector", PROJECTOR],
  ] as const) {
    const { page, errors } = await app.open("", size);
    await assertFramed(page, null, `${name}: first view`);
    await page.waitForSelector('[data-testid="saved-query"]');
    await page.click('[data-query="investments-above-yen"]');
    await page.click('[data-testid="run-query"]');
    await page.waitForSelector('[data-testid="results-table"]');
    const resultNodes = Number(await page.getAttribute('[data-testid="result-counts"]', "data-nodes"));
    await page.waitForFunction((n) => window.__explorer?.graph.order === n, resultNodes, { timeout: 10_000 });
    await assertFramed(page, null, `${name}: the saved query's result fills the stage`);
    await screenshot(page, `screens-${name}-result-framed`);
    // Closing the query panel widens the stage: the result is framed again in it.
    const before = (await box(page, "#stage")).width;
    await page.click('[data-testid="workbench-toggle"]');
    await page.waitForFunction((w) => document.querySelector("#stage")!.clientWidth > w, before);
    await assertFramed(page, null, `${name}: framed again once the panel closed`);
    await screenshot(page, `screens-${name}-result-panel-closed`);
    assert.deepEqual(errors, []);
    await page.close();
  }
});

/** WCAG contrast of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const v = parseInt(hex.slice(i, i + 2), 16) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

test("parallel relationships are drawn on curves of their own, and edges keep 3:1 contrast in both themes", async () => {
  for (const theme of ["light", "dark"]) {
    const { page, errors } = await app.open(`?theme=${theme}`, LAPTOP);
    const pairs = await page.evaluate(() => {
      const { sigma, graph } = window.__explorer!;
      const ma = window.__explorer!.nodeKey("jack-ma")!;
      const group = window.__explorer!.nodeKey("alibaba")!;
      return graph
        .filterEdges((_edge, _attrs, s, t) => (s === ma && t === group) || (s === group && t === ma))
        .map((edge) => {
          const data = sigma.getEdgeDisplayData(edge) as unknown as { type?: string; curvature?: number };
          return { type: data.type, curvature: graph.source(edge) === ma ? data.curvature : -(data.curvature ?? 0) };
        });
    });
    assert.ok(pairs.length >= 3, `Jack Ma and Alibaba Group share ${pairs.length} relationships`);
    const bends = pairs.filter((p) => p.type === "curved").map((p) => p.curvature);
    assert.ok(bends.length >= pairs.length - 1, `at most one stays straight: ${JSON.stringify(pairs)}`);
    assert.equal(new Set(bends).size, bends.length, "each on a curve of its own");
    const colours = await page.evaluate(() => {
      const style = getComputedStyle(document.documentElement);
      return { edge: style.getPropertyValue("--canvas-edge").trim(), bg: style.getPropertyValue("--canvas-bg").trim() };
    });
    const ratio = contrast(colours.edge, colours.bg);
    assert.ok(ratio >= 3, `${theme}: edges ${colours.edge} on ${colours.bg} are ${ratio.toFixed(2)}:1`);
    await screenshot(page, `screens-parallel-${theme}`);
    assert.deepEqual(errors, []);
    await page.close();
  }
});

/**
 * Waits until the camera has held the same state for two reads 250 ms apart: a fit asked for by a result or a
 * panel's resize starts a frame later, so "not animated" alone can be read just before it.
 */
async function cameraAtRest(page: Page): Promise<void> {
  let last = "";
  for (let attempt = 0; attempt < 60; attempt++) {
    const now = await page.evaluate(() => {
      const camera = window.__explorer!.sigma.getCamera();
      const moving = camera.isAnimated() || document.body.dataset.layout === "running";
      return moving ? "moving" : JSON.stringify(camera.getState());
    });
    if (now !== "moving" && now === last) return;
    last = now;
    await page.waitForTimeout(250);
  }
  assert.fail("the camera never came to rest");
}

/** Where each node of the view is on screen, by slug, once the camera holds still. */
async function positions(page: Page): Promise<Record<string, { x: number; y: number }>> {
  await assertFramed(page, null, "framed before reading positions");
  await cameraAtRest(page);
  return page.evaluate(() => {
    const { graph } = window.__explorer!;
    return Object.fromEntries(
      graph.mapNodes((key, attrs) => [attrs.slug ?? key, window.__explorer!.viewportPosition(key)!] as const),
    );
  });
}

test("a link after a saved query with parameters reopens the same query, parameters, table order and layout", async () => {
  const { page, errors } = await app.open("", LAPTOP);
  await page.waitForSelector('[data-testid="saved-query"]');
  await page.click('[data-query="investments-above-yen"]');
  await page.fill('input[name="minYen"]', "2000000000000");
  await page.click('[data-testid="run-query"]');
  await page.waitForSelector('[data-testid="results-table"]');
  const amount = page.locator('th:has(button[data-column="amountJpy"])');
  await amount.locator("button").click();
  await amount.locator("button").click();
  assert.equal(await amount.getAttribute("aria-sort"), "descending");
  const before = await positions(page);
  const rows = await page.getAttribute('[data-testid="result-counts"]', "data-rows");
  const link = new URL(page.url());
  assert.equal(link.searchParams.get("query"), "investments-above-yen");
  assert.equal(link.searchParams.get("p.minYen"), "2000000000000");
  assert.equal(link.searchParams.get("sort"), "amountJpy:desc");
  assert.equal(link.searchParams.get("nodes"), null, "the query, not a node list, says what is in view");

  const reopened = await app.open(link.href, LAPTOP);
  await reopened.page.waitForSelector('[data-testid="results-table"]');
  const again = reopened.page.locator('th:has(button[data-column="amountJpy"])');
  await reopened.page.waitForFunction(
    () => document.querySelector('th:has(button[data-column="amountJpy"])')?.getAttribute("aria-sort") === "descending",
  );
  assert.equal(await again.getAttribute("aria-sort"), "descending", "the table's order");
  assert.equal(await reopened.page.inputValue('input[name="minYen"]'), "2000000000000", "the form's parameter");
  assert.equal(await reopened.page.getAttribute('[data-testid="result-counts"]', "data-rows"), rows);
  const after = await positions(reopened.page);
  assert.deepEqual(Object.keys(after).sort(), Object.keys(before).sort(), "the same nodes");
  for (const [slug, p] of Object.entries(before)) {
    const q = after[slug]!;
    assert.ok(Math.hypot(p.x - q.x, p.y - q.y) < 4, `${slug} at (${p.x}, ${p.y}) then (${q.x}, ${q.y})`);
  }
  await screenshot(reopened.page, "screens-reopened-query-link");
  assert.deepEqual([...errors, ...reopened.errors], []);
  await page.close();
  await reopened.page.close();
});

test("the results table writes money with its currency, keeps the quote readable, scrolls sideways and drops columns", async () => {
  const { page, errors } = await app.open("", LAPTOP);
  await page.waitForSelector('[data-testid="saved-query"]');
  await page.click('[data-query="investments-above-yen"]');
  await page.click('[data-testid="run-query"]');
  await page.waitForSelector('[data-testid="results-table"]');
  const cells = (column: string) =>
    page.evaluate((name) => {
      const table = document.querySelector('[data-testid="results-table"]')!;
      const index = [...table.querySelectorAll("th button")].findIndex((b) => b.getAttribute("data-column") === name);
      return [...table.querySelectorAll("tbody tr")].map((tr) => {
        const td = tr.children[index] as HTMLElement | undefined;
        return { text: td?.textContent ?? "", width: td?.getBoundingClientRect().width ?? 0 };
      });
    }, column);
  const yen = await cells("amountJpy");
  assert.ok(
    yen.some((c) => c.text === "¥7,800,000,000,000"),
    `yen as money: ${yen.map((c) => c.text).join(" | ")}`,
  );
  const quotes = await cells("quote");
  assert.ok(
    quotes.length > 0 && quotes.every((c) => c.width >= 200),
    `quote cells wide enough: ${JSON.stringify(quotes)}`,
  );
  const scroll = await page.$eval('[data-testid="results"] .table-scroll', (el) => ({
    scroll: el.scrollWidth,
    client: el.clientWidth,
    overflow: getComputedStyle(el).overflowX,
  }));
  assert.ok(scroll.overflow === "auto" || scroll.overflow === "scroll", "the table can scroll sideways");
  await screenshot(page, "screens-results-table");
  // The column chooser takes the quote column out of the table (and puts it back).
  const headers = () => page.$$eval('[data-testid="results-table"] th button', (b) => b.map((x) => x.dataset.column));
  const all = await headers();
  await page.click('[data-testid="column-chooser"] summary');
  await page.click('[data-testid="column-chooser"] input[data-column="quote"]');
  const fewer = await headers();
  assert.equal(fewer.length, all.length - 1);
  assert.ok(!fewer.includes("quote"));
  await page.click('[data-testid="column-chooser"] input[data-column="quote"]');
  assert.deepEqual(await headers(), all);
  assert.deepEqual(errors, []);
  await page.close();
});

test("embed mode at 900×600 and 600×400 keeps only the stage, a small search and the caption", async () => {
  for (const size of [
    { width: 900, height: 600 },
    { width: 600, height: 400 },
  ]) {
    const { page, errors } = await app.open("?embed=1", size);
    const stage = await box(page, "#stage");
    assert.ok(stage.height >= size.height * 0.8, `${size.width}: the stage is ${stage.height} of ${size.height} px`);
    const search = await box(page, "#search input");
    assert.ok(search.width >= 140, `${size.width}: the search box is usable (${search.width} px)`);
    for (const hidden of ["#toolbar", "#legend", ".subtitle", "#workbench"])
      assert.equal(await page.locator(hidden).isVisible(), false, `${size.width}: ${hidden} is out of the way`);
    await screenshot(page, `screens-embed-${size.width}x${size.height}`);
    assert.deepEqual(errors, []);
    await page.close();
  }
});

/** Nodes whose label box (as Sigma draws it) leaves the area above the caption, or that are not drawn at all. */
function outsideAboveCaption(nodes: string[]): string[] {
  const { sigma } = window.__explorer!;
  const { width } = sigma.getDimensions();
  const stage = sigma.getContainer().getBoundingClientRect();
  const caption = document.querySelector('[data-testid="presentation-caption"]')!.getBoundingClientRect();
  const floor = caption.top - stage.top;
  const ctx = document.createElement("canvas").getContext("2d")!;
  ctx.font = `${sigma.getSetting("labelWeight")} ${sigma.getSetting("labelSize")}px ${sigma.getSetting("labelFont")}`;
  return nodes.flatMap((key) => {
    const data = sigma.getNodeDisplayData(key);
    if (!data || data.hidden || !data.label) return [`${key}: not drawn with a label`];
    const p = sigma.framedGraphToViewport(data);
    const size = sigma.scaleSize(data.size);
    const right = p.x + size + 3 + ctx.measureText(data.label).width;
    const half = Math.max(size, sigma.getSetting("labelSize") / 2);
    return p.x - size < 0 || right > width || p.y - half < 0 || p.y + half > floor
      ? [`${data.label}: x ${Math.round(p.x - size)}–${Math.round(right)}, y ${Math.round(p.y)} above ${floor}`]
      : [];
  });
}

test("presentation names the chain on its title card and frames the last hop above the caption", async () => {
  const { page, errors } = await app.open("", PROJECTOR);
  await page.keyboard.press("p");
  await page.waitForSelector('[data-testid="caption-title"]');
  await page.evaluate("window.__name = (f) => f");
  const story = await page.evaluate(() => {
    const hops = window.__explorer!.store.get().presentation.story!.hops;
    return [...new Set(hops.flatMap((h) => [h.from, h.to]))];
  });
  const still = () => page.waitForFunction(() => !window.__explorer!.sigma.getCamera().isAnimated());
  // The title card: every node of the chain has its label, in view above the caption.
  let problems: string[] = [];
  for (let attempt = 0; attempt < 40; attempt++) {
    await still();
    problems = await page.evaluate(outsideAboveCaption, story);
    if (problems.length === 0) break;
    await page.waitForTimeout(250);
  }
  assert.deepEqual(problems, [], "the title card shows the whole chain, labelled");
  await screenshot(page, "screens-present-title");
  const last = story.length - 2;
  for (let step = 0; step <= last; step++) await page.keyboard.press("ArrowRight");
  await page.waitForFunction((n) => window.__explorer!.store.get().presentation.step === n, last);
  const hop = await page.evaluate(() => {
    const { presentation } = window.__explorer!.store.get();
    const h = presentation.story!.hops[presentation.step]!;
    return [h.from, h.to];
  });
  for (let attempt = 0; attempt < 40; attempt++) {
    await still();
    problems = await page.evaluate(outsideAboveCaption, hop);
    if (problems.length === 0) break;
    await page.waitForTimeout(250);
  }
  assert.deepEqual(problems, [], "both ends of the last hop and their labels are clear of the caption");
  const [a, b] = await page.evaluate((keys) => keys.map((k) => window.__explorer!.viewportPosition(k)!), hop);
  assert.ok(Math.hypot(a!.x - b!.x, a!.y - b!.y) > 150, "the hop is drawn long enough to read, not a stub");
  await screenshot(page, "screens-present-last-hop");
  assert.deepEqual(errors, []);
  await page.close();
});

test("the path finder offers routes avoiding hubs first, so the people-and-model chain is near the top; the link keeps the order", async () => {
  const { page, errors } = await app.open("?path=jack-ma,apple", LAPTOP);
  await page.waitForSelector('[data-testid="path-route"]');
  const routes = () => page.$$eval('[data-testid="path-route"]', (b) => b.map((x) => x.textContent ?? ""));
  const shortest = await routes();
  const chain = (text: string) => /Joe Tsai.*Eddie Wu.*Qwen/.test(text) && !text.includes("Alibaba Group");
  const before = shortest.findIndex(chain);
  await page.selectOption('[data-testid="route-order"]', "specific");
  await page.waitForFunction(
    () => (document.querySelector('[data-testid="route-order"]') as HTMLSelectElement | null)?.value === "specific",
  );
  const ranked = await routes();
  assert.equal(ranked.length, shortest.length, "the same routes, in another order");
  assert.ok(!ranked[0]!.includes("Alibaba Group"), `the first route avoids the hub: ${ranked[0]}`);
  const after = ranked.findIndex(chain);
  assert.ok(after >= 0 && after < 3 && after < before, `the chain moves from ${before + 1} to ${after + 1}`);
  const first = await page.getAttribute('[data-testid="path-route"] >> nth=0', "data-index");
  assert.equal(
    await page.evaluate(() => {
      const { result } = window.__explorer!.store.get().paths;
      return result.status === "ready" ? result.route : -1;
    }),
    Number(first),
    "the stage shows the first route of the new order",
  );
  await screenshot(page, "screens-paths-avoiding-hubs");
  // The link holds the order: reopened, the list is offered the same way, the same route on show.
  await page.waitForFunction(() => new URL(location.href).searchParams.get("order") === "specific");
  const reopened = await app.open(page.url(), LAPTOP);
  await reopened.page.waitForSelector('[data-testid="path-route"]');
  assert.equal(await reopened.page.inputValue('[data-testid="route-order"]'), "specific");
  assert.deepEqual(
    await reopened.page.$$eval('[data-testid="path-route"]', (b) => b.map((x) => x.textContent ?? "")),
    ranked,
    "the reopened link offers the routes in the same order",
  );
  assert.equal(
    await reopened.page.getAttribute('[data-testid="path-route"] >> nth=0', "data-index"),
    first,
    "and shows the same route",
  );
  assert.deepEqual([...errors, ...reopened.errors], []);
  await page.close();
  await reopened.page.close();
});

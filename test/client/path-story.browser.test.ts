// The path finder that tells a story (issue 13) in real Chromium against the real server and Neo4j: a "through" stop,
// every route drawn with the chosen one emphasised (read from Sigma's reducers), inference hops marked, the
// design-card chain in two clicks, and links that reopen the path, its route and the editor's text.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { screenshot } from "../support/browser.ts";
import { ARTICLE_PERSPECTIVE } from "../support/article-perspective.ts";
import { useExplorerPage, layoutSettled } from "../support/explorer-page.ts";

const LAPTOP = { width: 1440, height: 900 };

const app = useExplorerPage({ ready: layoutSettled, server: { perspectiveFile: ARTICLE_PERSPECTIVE } });

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
  const { page, errors } = await app.open("?path=jack-ma,apple&via=eddie-wu", LAPTOP);
  const found = await routes(page);
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

/** The design-card chain as the page shows it: opening the path finder, then following the story. */
async function followStory(page: Page): Promise<void> {
  await page.click('[data-testid="paths-toggle"]');
  await page.click('[data-testid="path-story"]');
}

test("the story's chain is the chosen route two clicks from the first view, every route drawn, the chosen one emphasised", async () => {
  const { page, errors } = await app.open("", LAPTOP);
  await followStory(page);
  const found = await routes(page);
  assert.deepEqual(found.routes[found.chosen], ["jack-ma", "joe-tsai", "eddie-wu", "qwen", "apple"]);
  assert.ok(found.routes.length > 1, "other routes are offered too");
  await page.waitForSelector('[data-testid="path-route"][aria-pressed="true"]');
  // What Sigma's reducers give each node and edge: the chosen route lit, the other routes drawn, the rest dimmed.
  const drawn = await page.evaluate(() => {
    const { sigma, graph, store } = window.__explorer!;
    const { result } = store.get().paths;
    if (result.status !== "ready") throw new Error("no routes");
    const chosen = result.response.paths[result.route]!;
    const onChosen = new Set(chosen.nodes);
    const onAny = new Set(result.response.paths.flatMap((p) => p.nodes));
    const chosenEdges = new Set(chosen.hops.map((hop) => hop.relationship.id));
    const anyEdges = new Set(result.response.paths.flatMap((p) => p.hops.map((hop) => hop.relationship.id)));
    const nodes = graph.nodes().map((key) => ({
      group: onChosen.has(key) ? "chosen" : onAny.has(key) ? "other" : "off",
      color: sigma.getNodeDisplayData(key)?.color,
      base: graph.getNodeAttribute(key, "color"),
      z: sigma.getNodeDisplayData(key)?.zIndex ?? 0,
    }));
    const edges = graph.edges().map((key) => ({
      group: chosenEdges.has(key) ? "chosen" : anyEdges.has(key) ? "other" : "off",
      size: sigma.getEdgeDisplayData(key)?.size ?? 0,
      color: sigma.getEdgeDisplayData(key)?.color,
      hidden: sigma.getEdgeDisplayData(key)?.hidden ?? false,
      z: sigma.getEdgeDisplayData(key)?.zIndex ?? 0,
    }));
    return { nodes, edges };
  });
  const of = <T extends { group: string }>(items: T[], group: string) => items.filter((item) => item.group === group);
  const chosenNodes = of(drawn.nodes, "chosen");
  const otherNodes = of(drawn.nodes, "other");
  const offNodes = of(drawn.nodes, "off");
  assert.equal(chosenNodes.length, 5);
  assert.ok(otherNodes.length > 0 && offNodes.length > 0);
  const dim = offNodes[0]!.color;
  assert.ok(
    offNodes.every((n) => n.color === dim),
    "nodes on no route are dimmed alike",
  );
  assert.ok(
    [...chosenNodes, ...otherNodes].every((n) => n.color !== dim),
    "nodes on every route keep their colours",
  );
  assert.ok(
    Math.min(...chosenNodes.map((n) => n.z)) > Math.max(...otherNodes.map((n) => n.z)),
    "the chosen route's nodes are drawn above the other routes'",
  );
  const chosenEdges = of(drawn.edges, "chosen");
  const otherEdges = of(drawn.edges, "other");
  const offEdges = of(drawn.edges, "off");
  assert.equal(chosenEdges.length, 4);
  assert.ok(otherEdges.length > 0);
  assert.ok(
    otherEdges.every((e) => !e.hidden && e.color !== offEdges[0]?.color),
    "the other routes' relationships are drawn, not dimmed",
  );
  assert.ok(
    Math.min(...chosenEdges.map((e) => e.size)) > Math.max(...otherEdges.map((e) => e.size)),
    "the chosen route's relationships are drawn thicker",
  );
  assert.ok(new Set(chosenEdges.map((e) => e.color)).size === 1 && chosenEdges[0]!.color !== otherEdges[0]!.color);
  await screenshot(page, "path-story-chain");
  assert.deepEqual(errors, []);
  await page.close();
});

test("every hop that is an inference is marked as one in the path list", async () => {
  const { page, errors } = await app.open("", LAPTOP);
  await followStory(page);
  await routes(page);
  await page.waitForSelector('[data-testid="path-hop"]');
  const expected = await page.evaluate(() => {
    const { result } = window.__explorer!.store.get().paths;
    if (result.status !== "ready") throw new Error("no routes");
    return result.response.paths[result.route]!.hops.map((hop) => {
      const note = hop.relationship.properties.note;
      return typeof note === "string" && note.trim() !== "";
    });
  });
  assert.ok(expected.includes(true) && expected.includes(false), "the chain mixes stated and inferred hops");
  const shown = await page.$$eval('[data-testid="path-hop"]', (hops) =>
    hops.map((hop) => hop.querySelector('[data-testid="fact-kind"][data-kind="inference"]') !== null),
  );
  assert.deepEqual(shown, expected);
  const routeMark = await page.textContent('[data-testid="path-route"][aria-pressed="true"]');
  assert.match(routeMark ?? "", new RegExp(`${expected.filter(Boolean).length} inferred hops`));
  assert.deepEqual(errors, []);
  await page.close();
});

test("a reopened link shows the same path: ends, through stop and chosen route", async () => {
  const first = await app.open("", LAPTOP);
  await followStory(first.page);
  const before = await routes(first.page);
  await first.page.waitForFunction(() => location.search.includes("via="));
  const link = first.page.url();
  assert.deepEqual(first.errors, []);
  await first.page.close();
  const { page, errors } = await app.open(link, LAPTOP);
  const after = await routes(page);
  assert.deepEqual(after, before);
  await page.waitForSelector('[data-testid="path-route"][aria-pressed="true"]');
  assert.equal(await page.inputValue('[data-testid="via-search-input"]'), "Eddie Wu");
  assert.deepEqual(errors, []);
  await page.close();
});

test("the Cypher editor's text rides in the link and a reopened link restores it", async () => {
  const text = "MATCH (p:Person)-[r]->(o) RETURN p, r, o LIMIT 7";
  const { page, errors } = await app.open("", LAPTOP);
  if (!(await page.isVisible('[data-testid="tab-editor"]'))) await page.click('[data-testid="workbench-toggle"]');
  await page.click('[data-testid="tab-editor"]');
  const editor = page.locator('[data-testid="cypher-editor"] .cm-content');
  await editor.waitFor({ timeout: 30_000 });
  await editor.click();
  await page.keyboard.press("Control+A");
  await page.keyboard.type(text);
  await page.waitForFunction((t) => new URLSearchParams(location.search).get("cypher") === t, text);
  const link = page.url();
  await page.close();
  const reopened = await app.open(link, LAPTOP);
  const content = reopened.page.locator('[data-testid="cypher-editor"] .cm-content');
  await content.waitFor({ timeout: 30_000 });
  assert.equal(await content.textContent(), text);
  assert.deepEqual([...errors, ...reopened.errors], []);
  await reopened.page.close();
});

// The page on graphs of other shapes, in real Chromium: each fixture folder (test/fixtures/graphs) is loaded into one
// private Neo4j through the `--graph` code path (readGraphFolder + loadGraphFolder, which also builds the search
// index), and an explorer is started on it. Per fixture: the first view draws readable captions, search finds nodes by
// caption in each script the fixture uses, the path finder connects two nodes given by name, details and expand work,
// and the Style panel recolours a label (and, on people-works, changes a caption and its download round-trips).
// What the page should show is read from the fixture's own .cypher scripts, never written here by hand.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { privateNeo4j } from "../support/private-neo4j.ts";
import { downloadedPerspectiveRoundTrips } from "../support/perspective-download.ts";
import { launchBrowser, openPage, screenshot } from "../support/browser.ts";
import type { Connection } from "../../src/server/db/connection.ts";
import { startExplorer, type RunningExplorer } from "../../src/server/run.ts";
import { GENERIC_SUBTITLE } from "../../src/client/app/graph-subtitle.ts";
import { loadGraphFolder, readGraphFolder, type GraphFolder } from "../../src/seed/index.ts";

const root = new URL("../../", import.meta.url).pathname;
const distDir = join(root, "dist");
const fixturesDir = join(root, "test/fixtures/graphs");
const neo4j = privateNeo4j("any-graph-browser", 7767);
let conn: Connection;
let browser: Browser;

before(async () => {
  conn = await neo4j.start();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await neo4j.destroy();
});

// ---- What the fixture scripts contain ----

type Value = string | number;
interface ScriptNode {
  variable: string;
  labels: string[];
  properties: Record<string, Value>;
  /** The readable caption: the node's `name`, `title` or `label` string, or null when it has none. */
  caption: string | null;
}
interface ScriptRel {
  from: string;
  type: string;
  to: string;
}
interface Script {
  nodes: ScriptNode[];
  rels: ScriptRel[];
}

function readScript(folder: GraphFolder): Script {
  const text = folder.files.map((f) => readFileSync(f, "utf8")).join("\n");
  const nodes: ScriptNode[] = [];
  for (const m of text.matchAll(/CREATE \((\w+):([\w:]+) \{([^}]*)\}\)/g)) {
    const properties: Record<string, Value> = {};
    for (const p of m[3]!.matchAll(/(\w+):\s*(?:'([^']*)'|(-?[\d.]+))/g))
      properties[p[1]!] = p[2] !== undefined ? p[2] : Number(p[3]);
    const caption = ["name", "title", "label"].map((k) => properties[k]).find((v) => typeof v === "string");
    nodes.push({ variable: m[1]!, labels: m[2]!.split(":"), properties, caption: caption ?? null });
  }
  const rels = [...text.matchAll(/CREATE \((\w+)\)-\[:(\w+)(?: \{[^}]*\})?\]->\((\w+)\)/g)].map((m) => ({
    from: m[1]!,
    type: m[2]!,
    to: m[3]!,
  }));
  assert.ok(nodes.length > 0 && rels.length > 0, "the fixture scripts were read");
  return { nodes, rels };
}

const byCaption = (script: Script, caption: string): ScriptNode => {
  const node = script.nodes.find((n) => n.caption === caption);
  assert.ok(node, `the fixture has a node captioned ${caption}`);
  return node;
};

/** Hops of the shortest path, following directions when a directed path exists, else in either direction. */
function shortestHops(script: Script, from: string, to: string): number {
  const bfs = (directed: boolean): number | null => {
    const seen = new Map([[from, 0]]);
    const queue = [from];
    while (queue.length) {
      const at = queue.shift()!;
      const next = script.rels.flatMap((r) =>
        r.from === at ? [r.to] : !directed && r.to === at ? [r.from] : ([] as string[]),
      );
      for (const n of next)
        if (!seen.has(n)) {
          seen.set(n, seen.get(at)! + 1);
          queue.push(n);
        }
    }
    return seen.get(to) ?? null;
  };
  const hops = bfs(true) ?? bfs(false);
  assert.ok(hops !== null, `${from} and ${to} are connected in the fixture`);
  return hops;
}

// ---- The page ----

async function ready(page: Page): Promise<void> {
  await page.waitForSelector('body[data-graph-ready="true"]', { timeout: 30_000 });
  await page.waitForSelector('body[data-layout="idle"]', { timeout: 10_000 });
  await page.waitForFunction(() => window.__explorer?.store.get().perspective.status === "ready");
}

interface DrawnNode {
  key: string;
  label: string | null;
  color: string | null;
  labels: string[];
  properties: Record<string, unknown>;
}

/** Every node of the data graph with what Sigma draws for it (the reducers' output). */
const drawnNodes = (page: Page): Promise<DrawnNode[]> =>
  page.evaluate(() => {
    const { graph, sigma } = window.__explorer!;
    return graph.mapNodes((key, a) => ({
      key,
      label: sigma.getNodeDisplayData(key)?.label ?? null,
      color: sigma.getNodeDisplayData(key)?.color ?? null,
      labels: [...a.labels],
      properties: a.properties as Record<string, unknown>,
    }));
  });

/** The fixture node a drawn node is: same labels, same properties. */
function scriptNodeOf(script: Script, node: DrawnNode): ScriptNode {
  const same = (s: ScriptNode) =>
    [...s.labels].sort().join(":") === [...node.labels].sort().join(":") &&
    Object.keys(s.properties).length === Object.keys(node.properties).length &&
    Object.entries(s.properties).every(([k, v]) => String(node.properties[k]) === String(v));
  const found = script.nodes.find(same);
  assert.ok(found, `drawn node ${JSON.stringify(node.properties)} is in the fixture`);
  return found;
}

const captionsOf = (script: Script, nodes: DrawnNode[]) =>
  nodes.map((n) => scriptNodeOf(script, n).caption ?? "").sort();

/** A caption property holding a number is drawn after the label, "Person 1929" (src/shared/perspective.ts captionIn). */
function numberCaption(label: string, value: Value | undefined): string {
  assert.equal(typeof value, "number", "the new caption property is a number in the fixture");
  return `${label} ${value}`;
}

// ---- The fixtures ----

interface Fixture {
  name: string;
  /** Captions to search for, one per script the fixture's captions use. */
  searches: string[];
  path: [string, string];
  /** A node to open, read in the details panel, and expand. */
  open: string;
  /** The label the Style panel recolours. */
  styleLabel: string;
  /** Optionally a new caption property for that label: one of its number properties in the fixture. */
  newCaption?: string;
}

const FIXTURES: Fixture[] = [
  {
    name: "people-works",
    searches: ["The Dispossessed", "Hayao Miyazaki"],
    path: ["Ursula K. Le Guin", "Goro Miyazaki"],
    open: "J. R. R. Tolkien",
    styleLabel: "Person",
    newCaption: "born",
  },
  {
    name: "transit-integers",
    searches: ["Market Square", "Airport"],
    path: ["Harbour", "Airport"],
    open: "Riverside",
    styleLabel: "Station",
  },
  {
    name: "cjk-literature",
    searches: ["夏目漱石", "鲁迅", "こころ", "狂人日记"],
    path: ["夏目漱石", "鲁迅"],
    open: "芥川龍之介",
    styleLabel: "Author",
  },
];

for (const fixture of FIXTURES) {
  describe(`any graph: ${fixture.name}`, () => {
    let explorer: RunningExplorer | undefined;
    let folder: GraphFolder;
    let script: Script;

    before(async () => {
      folder = await readGraphFolder(join(fixturesDir, fixture.name));
      script = readScript(folder);
      // As `npm start -- --graph DIR` loads it, forced: the previous fixture's data and schema are replaced.
      await loadGraphFolder(conn, folder, { force: true, log: () => {} });
      explorer = await startExplorer({
        connection: conn,
        host: "127.0.0.1",
        port: 0,
        staticDir: distDir,
        queriesDir: folder.queriesDir ?? null,
        graphDir: folder.dir,
      });
    });
    after(async () => {
      await explorer?.close();
    });

    it("the first view draws the fixture's nodes with their captions, never element ids", async () => {
      const { page, errors } = await openPage(browser, explorer!.url);
      await ready(page);
      const nodes = await drawnNodes(page);
      // Without a URL the first view is the whole graph: every node of the fixture, each once.
      assert.deepEqual(
        captionsOf(script, nodes),
        script.nodes.map((n) => n.caption ?? "").sort(),
        "the first view shows the fixture's nodes",
      );
      for (const node of nodes) {
        const expected = scriptNodeOf(script, node).caption;
        if (expected !== null) assert.equal(node.label, expected, `drawn caption of ${node.key}`);
        else {
          // No string property at all: whatever is drawn must not be the raw element id.
          assert.ok(node.label && !node.label.includes(node.key), `${node.key} is drawn as '${node.label}'`);
        }
      }
      await screenshot(page, `any-graph-${fixture.name}-01-first-view`);
      assert.deepEqual(errors, []);
      await page.close();
    });

    it(`search finds nodes by caption: ${fixture.searches.join(", ")}`, async () => {
      const { page, errors } = await openPage(browser, `${explorer!.url}?nodes=`);
      await ready(page);
      const input = page.locator('[data-testid="main-search-input"]');
      for (const query of fixture.searches) {
        byCaption(script, query);
        await input.fill(query);
        const options = page.locator('[data-testid="main-search-results"] [role="option"]');
        await options.filter({ hasText: query }).first().waitFor({ timeout: 10_000 });
        assert.match((await options.first().textContent()) ?? "", new RegExp(query), `'${query}' ranks first`);
      }
      assert.deepEqual(errors, []);
      await page.close();
    });

    it(`the path finder connects ${fixture.path.join(" and ")}, given by name in the URL`, async () => {
      const [from, to] = fixture.path;
      const hops = shortestHops(script, byCaption(script, from).variable, byCaption(script, to).variable);
      const { page, errors } = await openPage(browser, `${explorer!.url}?path=${encodeURIComponent(`${from},${to}`)}`);
      await ready(page);
      const route = page.locator('[data-testid="path-route"]').first();
      await route.waitFor({ timeout: 15_000 });
      const text = (await route.textContent()) ?? "";
      assert.ok(text.includes(from) && text.includes(to), text);
      assert.ok(text.indexOf(from) < text.indexOf(to), text);
      await page.waitForFunction((n) => document.querySelectorAll('[data-testid="path-hop"]').length === n, hops, {
        timeout: 10_000,
      });
      const state = await page.evaluate(() => window.__explorer!.store.get().paths.result.status);
      assert.equal(state, "ready");
      await screenshot(page, `any-graph-${fixture.name}-02-path`);
      // The graph names no story, so Present tells the route on show, titled by its ends.
      await page.keyboard.press("p");
      await page.waitForFunction(() => window.__explorer!.store.get().presentation.active, null, { timeout: 10_000 });
      const told = await page.evaluate(() => {
        const { story } = window.__explorer!.store.get().presentation;
        return { title: story!.title, hops: story!.hops.length };
      });
      assert.equal(told.hops, hops, "the story has the route's hops");
      assert.equal(told.title, `${from} → ${to}`);
      assert.equal(await page.textContent('[data-testid="caption-title"]'), told.title);
      await page.keyboard.press("Escape");
      assert.deepEqual(errors, []);
      await page.close();
    });

    it(`details show ${fixture.open}'s caption and relationships; expand adds its neighbours`, async () => {
      const target = byCaption(script, fixture.open);
      const rels = script.rels.filter((r) => r.from === target.variable || r.to === target.variable);
      const neighbours = new Set(rels.map((r) => (r.from === target.variable ? r.to : r.from)));
      const neighbourCaptions = script.nodes
        .filter((n) => neighbours.has(n.variable))
        .map((n) => n.caption ?? "")
        .sort();

      const { page, errors } = await openPage(browser, `${explorer!.url}?nodes=`);
      await ready(page);
      const input = page.locator('[data-testid="main-search-input"]');
      await input.fill(fixture.open);
      await page
        .locator('[data-testid="main-search-results"] [role="option"]', { hasText: fixture.open })
        .first()
        .waitFor({ timeout: 10_000 });
      await input.press("Enter");
      await page.locator('[data-testid="details-panel"]').waitFor({ state: "visible" });
      await page.waitForFunction(
        (name) => document.querySelector('[data-testid="details-title"]')?.textContent?.includes(name),
        fixture.open,
        { timeout: 10_000 },
      );
      assert.equal(await page.getAttribute("body", "data-node-count"), "1");
      await page.locator('[data-testid="relationship"]').first().waitFor({ timeout: 10_000 });
      const shown = await page
        .locator('[data-testid="relationship"]')
        .evaluateAll((els) => els.map((e) => `${e.getAttribute("data-direction")} ${e.getAttribute("data-rel-type")}`));
      const expected = rels.map((r) => `${r.from === target.variable ? "out" : "in"} ${r.type}`);
      assert.deepEqual(shown.sort(), expected.sort(), "the details list the fixture's relationships");

      await page.locator('[data-testid="expand"]').click();
      await page.waitForFunction((n) => Number(document.body.dataset.nodeCount) === n, neighbours.size + 1, {
        timeout: 15_000,
      });
      await ready(page);
      const nodes = await drawnNodes(page);
      const added = nodes.filter((n) => scriptNodeOf(script, n).variable !== target.variable);
      assert.deepEqual(captionsOf(script, added), neighbourCaptions, "expand added the fixture's neighbours");
      for (const node of added) {
        const caption = scriptNodeOf(script, node).caption;
        if (caption !== null) assert.equal(node.label, caption);
      }
      await screenshot(page, `any-graph-${fixture.name}-03-expanded`);
      assert.deepEqual(errors, []);
      await page.close();
    });

    it(`the Style panel recolours ${fixture.styleLabel}${fixture.newCaption ? ` and captions it by ${fixture.newCaption}; the download round-trips` : ""}`, async () => {
      const { page, errors } = await openPage(browser, explorer!.url, { width: 1280, height: 800 });
      await ready(page);
      // A node with two labels (:Station:Interchange) is styled by the first in alphabetical order, as
      // styledLabel in src/shared/perspective.ts says: recolouring Station leaves the interchanges as they were.
      const styledAs = (n: ScriptNode) => [...n.labels].sort()[0];
      const styled = script.nodes.filter((n) => styledAs(n) === fixture.styleLabel);
      const other = script.nodes.find((n) => styledAs(n) !== fixture.styleLabel && n.caption !== null);
      assert.ok(styled.length > 0, `the fixture has ${fixture.styleLabel} nodes`);
      const before = await drawnNodes(page);
      const styledKeys = before
        .filter((n) => styledAs(scriptNodeOf(script, n)) === fixture.styleLabel)
        .map((n) => n.key);
      assert.ok(styledKeys.length > 0, `the first view shows ${fixture.styleLabel} nodes`);
      assert.ok(other, `the fixture has a captioned node styled other than ${fixture.styleLabel}`);
      const otherBefore = before.find((n) => scriptNodeOf(script, n).variable === other.variable);

      await page.locator('[data-testid="style-toggle"]').click();
      const section = page.locator(`[data-testid="style-label"][data-label="${fixture.styleLabel}"]`);
      await section.waitFor();
      await page.waitForFunction(() => window.__explorer!.store.get().perspective.schema !== null);

      if (fixture.newCaption) {
        const choices = await section
          .locator('[data-testid="style-caption"] option')
          .evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value));
        for (const key of Object.keys(styled[0]!.properties)) assert.ok(choices.includes(key), choices.join(","));
        await section.locator('[data-testid="style-caption"]').selectOption(fixture.newCaption);
        const sample = styled[0]!;
        const sampleKey = before.find((n) => scriptNodeOf(script, n).variable === sample.variable)!.key;
        await page.waitForFunction(
          ([key, label]) => window.__explorer!.sigma.getNodeDisplayData(key!)?.label === label,
          [sampleKey, numberCaption(fixture.styleLabel, sample.properties[fixture.newCaption])],
          { timeout: 10_000 },
        );
      }
      const colour = "#00aa55";
      await section.locator('[data-testid="style-color"]').fill(colour);
      await page.waitForFunction(
        ([keys, c]) => (keys as string[]).every((k) => window.__explorer!.sigma.getNodeDisplayData(k)?.color === c),
        [styledKeys, colour] as const,
        { timeout: 10_000 },
      );
      const after = await drawnNodes(page);
      if (fixture.newCaption)
        for (const node of after.filter((n) => styledKeys.includes(n.key)))
          assert.equal(
            node.label,
            numberCaption(fixture.styleLabel, scriptNodeOf(script, node).properties[fixture.newCaption]),
          );
      // Other labels keep their caption and colour.
      assert.ok(otherBefore, `the first view shows ${other.caption}`);
      const otherAfter = after.find((n) => n.key === otherBefore.key)!;
      assert.equal(otherAfter.label, other.caption);
      assert.equal(otherAfter.color, otherBefore.color);
      assert.notEqual(otherAfter.color, colour);
      await screenshot(page, `any-graph-${fixture.name}-04-style`);

      if (fixture.newCaption) {
        const saved = await downloadedPerspectiveRoundTrips(page, conn, { queriesDir: null });
        assert.equal(saved.labels[fixture.styleLabel]?.caption, fixture.newCaption);
        assert.equal(saved.labels[fixture.styleLabel]?.color, colour);
      }
      assert.deepEqual(errors, []);
      await page.close();
    });
  });
}

// ---- Two sources that disagree ----

interface Account {
  from: string;
  type: string;
  to: string;
  properties: Record<string, Value>;
}

/** Each relationship of the two-sources fixture with its properties, read from its script. */
function accountsOf(folder: GraphFolder): Account[] {
  const text = folder.files.map((f) => readFileSync(f, "utf8")).join("\n");
  return [...text.matchAll(/CREATE \((\w+)\)-\[:(\w+) \{([^}]*)\}\]->\((\w+)\)/g)].map((m) => {
    const properties: Record<string, Value> = {};
    for (const p of m[3]!.matchAll(/(\w+):\s*(?:'([^']*)'|(-?[\d.]+))/g)) properties[p[1]!] = p[2] ?? Number(p[3]);
    return { from: m[1]!, type: m[2]!, to: m[4]!, properties };
  });
}

describe("two sources: where they disagree, both accounts side by side", () => {
  let explorer: RunningExplorer | undefined;
  let folder: GraphFolder;

  before(async () => {
    folder = await readGraphFolder(join(fixturesDir, "two-sources"));
    await loadGraphFolder(conn, folder, { force: true, log: () => {} });
    explorer = await startExplorer({
      connection: conn,
      host: "127.0.0.1",
      port: 0,
      staticDir: distDir,
      queriesDir: null,
      graphDir: folder.dir,
    });
  });
  after(async () => {
    await explorer?.close();
  });

  it("a company's panel shows each fact two sources tell differently with both values and quotes, never merged", async () => {
    const script = readScript(folder);
    const subject = byCaption(script, "Northwind Robotics");
    const accounts = accountsOf(folder).filter((a) => a.from === subject.variable || a.to === subject.variable);
    // What the panel must show, worked out here from the script: facts (type + other end) told by two sources
    // with a different value for a property both give.
    const facts = new Map<string, Account[]>();
    for (const a of accounts)
      facts.set(`${a.type} ${a.from}→${a.to}`, [...(facts.get(`${a.type} ${a.from}→${a.to}`) ?? []), a]);
    const expected = [...facts.values()].filter((group) => {
      const keys = Object.keys(group[0]!.properties).filter((k) => !["quote", "source"].includes(k));
      return keys.some((k) => new Set(group.map((a) => a.properties[k])).size > 1);
    });
    assert.ok(expected.length >= 2, "the fixture has disagreements to show");

    const { page, errors, failedRequests } = await openPage(browser, `${explorer!.url}?nodes=`, {
      width: 1440,
      height: 900,
    });
    await ready(page);
    const input = page.locator('[data-testid="main-search-input"]');
    await input.fill("Northwind Robotics");
    await page
      .locator('[data-testid="main-search-results"] [role="option"]', { hasText: "Northwind Robotics" })
      .first()
      .waitFor({ timeout: 10_000 });
    await input.press("Enter");
    await page.locator('[data-testid="disagreement"]').first().waitFor({ timeout: 15_000 });
    // A graph without a written subtitle is not called by the article's name.
    assert.equal(await page.textContent('[data-testid="graph-subtitle"]'), GENERIC_SUBTITLE);
    const blocks = page.locator('[data-testid="disagreement"]');
    assert.equal(await blocks.count(), expected.length, "one block per fact the sources tell differently");

    for (const group of expected) {
      const block = blocks
        .filter({ has: page.locator(`[data-testid="account"]`) })
        .and(page.locator(`[data-rel-type="${group[0]!.type}"]`));
      assert.equal(await block.count(), 1, `a block for ${group[0]!.type}`);
      const shown = block.locator('[data-testid="account"]');
      assert.equal(await shown.count(), group.length, "every account is shown, none merged");
      for (const account of group) {
        const box = shown.and(page.locator(`[data-source="${String(account.properties.source)}"]`));
        assert.equal(await box.count(), 1, `the ${String(account.properties.source)} account`);
        assert.equal(await box.locator(".rel-quote").textContent(), account.properties.quote, "its own quote");
        for (const [name, value] of Object.entries(account.properties)) {
          if (name === "quote" || name === "source") continue;
          const differs = new Set(group.map((a) => a.properties[name])).size > 1;
          if (!differs) continue;
          assert.equal(await box.locator(`dd[data-field="${name}"]`).textContent(), String(value), `${name} as told`);
        }
      }
      // Side by side at laptop width: the accounts start on one line.
      const tops = await shown.evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
      assert.equal(new Set(tops).size, 1, `accounts side by side (tops ${tops.join(", ")})`);
    }

    // Every relationship item names its source.
    const sourceLines = await page.locator('[data-testid="relationship"] .rel-source').allTextContents();
    assert.equal(sourceLines.length, accounts.length, "each account states its source");
    for (const title of ["Harbor Gazette (fixture)", "Valley Ledger (fixture)"])
      assert.ok(
        sourceLines.some((line) => line.includes(title)),
        `${title} is named`,
      );
    await screenshot(page, "any-graph-two-sources-disagreement");
    // This graph tells no story: following one says so rather than doing nothing.
    await page.click('[data-testid="paths-toggle"]');
    await page.click('[data-testid="path-story"]');
    const note = page.locator('[data-testid="path-story-note"]');
    await note.waitFor({ state: "visible", timeout: 10_000 });
    assert.match((await note.textContent()) ?? "", /No story to follow/);
    // Present with no route on show and no story named: it says what to do instead of guessing.
    await page.click('[data-testid="present-button"]');
    await page.waitForFunction(
      () => /names no story/.test(document.querySelector('[data-testid="toast"]')?.textContent ?? ""),
      null,
      { timeout: 10_000 },
    );
    assert.equal(await page.evaluate(() => window.__explorer!.store.get().presentation.active), false);
    // No other graph's story is looked for here.
    assert.deepEqual(failedRequests, []);
    assert.deepEqual(errors, []);
    await page.close();
  });
});

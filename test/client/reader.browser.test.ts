// The source reader in real Chromium: the article beside the graph, live and in the offline edition. Every quote is
// marked once per occurrence, coverage matches a count made here, a picked sentence lights its facts on the stage,
// and a relationship clicked in the details panel brings its sentence into view.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { clickNode, openPage, screenshot } from "../support/browser.ts";
import { useExplorerPage } from "../support/explorer-page.ts";
import { serveStatic } from "../support/static-server.ts";
import { SourceReaderSchema, type SourceReader } from "../../src/shared/index.ts";

const root = new URL("../../", import.meta.url).pathname;
const article = readFileSync(join(root, "graph/sources/alibaba-ai-pivot.ja.txt"), "utf8");
const CHOSE = "Qwenをパートナーとして選定した";
const WHY = "これは米国などの市場でOpenAIと提携するApple";
const outDir = mkdtempSync(join(tmpdir(), "kg-reader-offline-"));
let site: { url: string; close: () => Promise<void> };
let reader: SourceReader;

const app = useExplorerPage({
  prepare: async () => {
    reader = SourceReaderSchema.parse(await (await fetch(new URL("/api/sources/alibaba-ai-pivot", app.url))).json());
    const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/export.ts", "--out", outDir, "--force"], {
      cwd: root,
      encoding: "utf8",
      env: process.env,
    });
    assert.equal(run.status, 0, run.stderr + run.stdout);
    site = await serveStatic(outDir);
  },
  cleanUp: async () => {
    await site?.close();
    rmSync(outDir, { recursive: true, force: true });
  },
});

/** Places of a quote, found here with a plain loop. */
function places(quote: string): number[] {
  const out: number[] = [];
  for (let i = article.indexOf(quote); i !== -1; i = article.indexOf(quote, i + 1)) out.push(i);
  return out;
}

/** Sentences and how many a fact rests on, counted without the product's splitter (lines, then after 。！？). */
function coverage(): { sentences: number; modelled: number } {
  const texts = article
    .split(/\r?\n/)
    .flatMap((line) => line.split(/(?<=[。！？])/))
    .map((s) => s.trim())
    .filter(Boolean);
  let from = 0;
  let modelled = 0;
  for (const text of texts) {
    const start = article.indexOf(text, from);
    from = start + text.length;
    if (reader.facts.some((f) => places(f.quote).some((at) => at < from && at + f.quote.length > start))) modelled++;
  }
  return { sentences: texts.length, modelled };
}

async function openReader(page: Page): Promise<void> {
  await page.waitForSelector('body[data-graph-ready="true"]', { timeout: 30_000 });
  await page.click('[data-testid="reader-toggle"]');
  await page.waitForSelector('[data-testid="reader-text"]');
}

const sentenceWith = (page: Page, text: string) => page.locator(".reader-sentence.modelled", { hasText: text }).first();

const listedFacts = async (page: Page) =>
  (await page.locator('[data-testid="reader-fact"]').allTextContents())
    .map((t) => t.replace(/\s+/g, " ").trim())
    .sort();

async function checkPicking(page: Page): Promise<void> {
  await sentenceWith(page, CHOSE).click();
  assert.deepEqual(await listedFacts(page), ["Qwen ADOPTED_BY Apple stated", "iPhone MARKETED_IN China stated"]);
  await sentenceWith(page, WHY).click({ modifiers: ["Shift"] });
  assert.deepEqual(await listedFacts(page), [
    "Apple PARTNERS_WITH OpenAI stated",
    "Apple REGULATED_IN China stated",
    "Qwen ADOPTED_BY Apple stated",
    "iPhone MARKETED_IN China stated",
  ]);
  const expected = reader.facts
    .filter((f) =>
      [CHOSE, "Appleが中国市場向けのiPhone", "OpenAIと提携するApple", "中国の法規制下"].some((q) =>
        f.quote.includes(q),
      ),
    )
    .filter((f) => !f.quote.startsWith("自社LLM"))
    .map((f) => f.id)
    .sort();
  assert.equal(expected.length, 4);
  // The four facts light up on the stage (drawn above the rest), the others are dimmed.
  const stage = await page.evaluate(() => {
    const h = window.__explorer;
    if (!h) return null;
    const lit = [...h.store.get().reader.lit].sort();
    const others = h.graph.edges().filter((e) => !lit.includes(e));
    return {
      lit,
      litZ: lit.map((e) => h.sigma.getEdgeDisplayData(e)?.zIndex ?? null),
      otherZ: [...new Set(others.map((e) => h.sigma.getEdgeDisplayData(e)?.zIndex ?? null))],
    };
  });
  assert.ok(stage);
  assert.deepEqual(stage.lit, expected);
  assert.deepEqual(stage.litZ, [2, 2, 2, 2]);
  assert.deepEqual(stage.otherZ, [0]);
}

test("live: every quote is marked once per occurrence, coverage matches, a sentence lights its facts", async () => {
  const { page, errors } = await app.open();
  await openReader(page);
  const marks = await page.$$eval("mark.reader-quote", (els) =>
    els.map((e) => ({
      start: Number((e as HTMLElement).dataset.start),
      end: Number((e as HTMLElement).dataset.end),
      facts: ((e as HTMLElement).dataset.facts ?? "").split(" "),
      text: e.textContent ?? "",
    })),
  );
  for (const m of marks) assert.equal(article.slice(m.start, m.end), m.text, "a mark shows the text at its place");
  for (const f of reader.facts) {
    // The marks carrying this fact tile exactly its occurrences: each character once, none elsewhere.
    const covered = marks
      .filter((m) => m.facts.includes(f.id))
      .flatMap((m) => [...Array(m.end - m.start).keys()].map((k) => m.start + k));
    const expected = places(f.quote).flatMap((at) => [...Array(f.quote.length).keys()].map((k) => at + k));
    assert.deepEqual(
      covered,
      [...new Set(expected)].sort((a, b) => a - b),
      f.quote,
    );
  }
  const { sentences, modelled } = coverage();
  const counts = page.locator('[data-testid="reader-coverage"]');
  assert.equal(Number(await counts.getAttribute("data-sentences")), sentences);
  assert.equal(Number(await counts.getAttribute("data-modelled")), modelled);
  assert.match((await counts.textContent()) ?? "", new RegExp(`${modelled} of ${sentences} sentences modelled`));
  assert.equal(await page.locator(".reader-sentence.unmodelled").count(), sentences - modelled);
  await checkPicking(page);
  await screenshot(page, "reader-picked");
  assert.deepEqual(errors, []);
  await page.close();
});

test("live: a relationship clicked in the details panel scrolls the reader to its sentence", async () => {
  const { page, errors } = await app.open();
  await clickNode(page, "jack-ma");
  const quote = page.locator('[data-testid="relationship"][data-rel-type="STEPPED_DOWN_FROM"] blockquote[data-rel-id]');
  await quote.click();
  await page.waitForSelector('[data-testid="reader-panel"]:not([hidden]) mark.reader-quote.target');
  const id = await quote.getAttribute("data-rel-id");
  const where = await page.evaluate((rel) => {
    const marks = [...document.querySelectorAll<HTMLElement>("mark.reader-quote.target")];
    const panel = document.querySelector("#side-panel")?.getBoundingClientRect();
    const first = marks[0]?.getBoundingClientRect();
    return {
      all: marks.every((m) => (m.dataset.facts ?? "").split(" ").includes(rel ?? "")),
      text: marks.map((m) => m.textContent).join(""),
      inView: !!panel && !!first && first.top >= panel.top && first.bottom <= panel.bottom,
      lit: window.__explorer?.store.get().reader.lit ?? [],
    };
  }, id);
  assert.ok(where.all);
  assert.equal(where.text, "ジャック・マーは2019年に表向きのポストから退いた");
  assert.ok(where.inView, "the sentence is scrolled into view");
  assert.deepEqual(where.lit, [id]);
  await screenshot(page, "reader-target");
  assert.deepEqual(errors, []);
  await page.close();
});

test("offline: the reader shows the quoted sentences only, says where the text is, and picks the same facts", async () => {
  const snapshot = JSON.parse(readFileSync(join(outDir, "snapshot.json"), "utf8")) as { readers: SourceReader[] };
  const offline = snapshot.readers.find((r) => r.source.id === "alibaba-ai-pivot");
  assert.ok(offline);
  assert.equal(offline.text, null, "someone else's text is not republished");
  assert.ok(
    !readFileSync(join(outDir, "snapshot.json"), "utf8").includes("それでも、アリババ内部では"),
    "nor any unquoted sentence",
  );
  const { page, errors } = await openPage(app.browser, site.url);
  await openReader(page);
  assert.match((await page.textContent('[data-testid="reader-excerpts-only"]')) ?? "", /not ours to republish/);
  assert.equal(await page.getAttribute('[data-testid="reader-excerpts-only"] a', "href"), reader.source.url);
  const { sentences, modelled } = coverage();
  const counts = page.locator('[data-testid="reader-coverage"]');
  assert.equal(Number(await counts.getAttribute("data-sentences")), sentences);
  assert.equal(Number(await counts.getAttribute("data-modelled")), modelled);
  assert.equal(await page.locator(".reader-sentence").count(), modelled);
  await checkPicking(page);
  assert.deepEqual(errors, []);
  await page.close();
});

test("live: a path hop that is our inference shows its note, and its quote leads to the sentence", async () => {
  const { page, errors } = await app.open("?path=eddie-wu,qwen");
  const hop = page.locator('[data-testid="path-hop"][data-rel-type="OVERSEES"]').first();
  await hop.waitFor();
  assert.match((await hop.locator('[data-testid="hop-note"]').textContent()) ?? "", /^Inference/);
  await hop.locator("blockquote[data-rel-id]").click();
  await page.waitForSelector('[data-testid="reader-panel"]:not([hidden]) mark.reader-quote.target');
  assert.match((await page.textContent('[data-testid="reader-facts"]')) ?? "", /Eddie Wu OVERSEES Qwen.*inference/s);
  assert.deepEqual(errors, []);
  await page.close();
});

// The journalist's workbench in real Chromium against the real server and Neo4j: saved queries with
// parameters, the table and the graph, CSV/JSON downloads, the Cypher editor, its errors and refusals.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { testConnection } from "../support/db.ts";
import { openPage, screenshot } from "../support/browser.ts";
import { useExplorerPage } from "../support/explorer-page.ts";
import { startExplorer } from "../../src/server/run.ts";

const distDir = new URL("../../dist/", import.meta.url).pathname;

const app = useExplorerPage({ ready });

/** Chromium itself logs every 4xx answer as a console error; only those a test asks for on purpose are expected. */
const unexpected = (errors: string[], ...statuses: number[]) =>
  errors.filter(
    (e) =>
      !statuses.includes(
        Number(/^Failed to load resource: the server responded with a status of (\d{3}) /.exec(e)?.[1]),
      ),
  );

async function ready(page: Page): Promise<void> {
  await page.waitForSelector('body[data-graph-ready="true"]', { timeout: 30_000 });
  await page.waitForSelector('[data-testid="saved-query"]');
}

async function typeCypher(page: Page, text: string): Promise<void> {
  await page.click(".cm-content");
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.press("Delete");
  // insertText types no Enter, so an open completion list can never swallow a line break.
  await page.keyboard.insertText(text);
}

const rowsShown = (page: Page) => page.locator('[data-testid="results-table"] tbody tr').count();

test("a saved query run with a parameter shows its rows in a sortable table and its nodes in the graph", async () => {
  const { page, errors } = await app.open();
  const files = (await readdir(new URL("../../graph/queries/", import.meta.url))).filter((f) => f.endsWith(".cypher"));
  assert.ok(files.length > 1, "the article ships saved queries");
  assert.equal(await page.locator('[data-testid="saved-query"]').count(), files.length, "every saved query is listed");
  assert.match(
    (await page.textContent('[data-query="investments-above-yen"]')) ?? "",
    /Investments worth more than a yen amount/,
  );
  await page.click('[data-query="investments-above-yen"]');
  const field = page.locator('input[name="minYen"]');
  assert.equal(await field.inputValue(), "1000000000000", "the form starts from the default");
  assert.match((await page.textContent('[data-testid="query-form"]')) ?? "", /example: 5000000000000/);

  await field.fill("a lot");
  await page.click('[data-testid="run-query"]');
  assert.equal(
    await page.textContent('[data-testid="param-error"]:not([hidden])'),
    "'a lot' is not a number (for example 5000000000000).",
  );
  assert.equal(await field.getAttribute("aria-invalid"), "true");
  assert.equal(await field.inputValue(), "a lot", "what was typed stays");
  assert.equal(await page.locator('[data-testid="results"]').isHidden(), true, "nothing ran");

  await field.fill("1_000_000_000_000");
  await page.click('[data-testid="run-query"]');
  await page.waitForSelector('[data-testid="results-table"]');
  const counts = page.locator('[data-testid="result-counts"]');
  const rows = Number(await counts.getAttribute("data-rows"));
  const nodes = Number(await counts.getAttribute("data-nodes"));
  assert.ok(rows > 0 && nodes > 0, `rows ${rows}, nodes ${nodes}`);
  assert.equal(await rowsShown(page), rows);
  await page.waitForFunction((n) => window.__explorer?.graph.order === n, nodes, { timeout: 10_000 });
  const drawn = await page.evaluate(() => {
    const { sigma, graph } = window.__explorer!;
    return graph.filterNodes((key) => sigma.getNodeDisplayData(key) !== undefined).length;
  });
  assert.equal(drawn, nodes, "every node of the result is drawn");
  await screenshot(page, "journalist-01-saved-query");

  const amountHeader = page.locator('th:has(button[data-column="amountJpy"])');
  await amountHeader.locator("button").click();
  assert.equal(await amountHeader.getAttribute("aria-sort"), "ascending");
  const amounts = () =>
    page.evaluate(() => {
      const table = document.querySelector('[data-testid="results-table"]')!;
      const column = [...table.querySelectorAll("th button")].findIndex(
        (b) => b.getAttribute("data-column") === "amountJpy",
      );
      return [...table.querySelectorAll("tbody tr")].map((tr) =>
        Number(tr.children[column]?.getAttribute("data-value")),
      );
    });
  const ascending = await amounts();
  assert.deepEqual(
    ascending,
    [...ascending].sort((a, b) => a - b),
    "ascending by value",
  );
  await amountHeader.locator("button").press("Enter");
  assert.equal(await amountHeader.getAttribute("aria-sort"), "descending");
  assert.deepEqual(await amounts(), [...ascending].reverse());
  assert.deepEqual(unexpected(errors), []);
  await page.close();
});

test("the result downloads as CSV and as JSON, made in the page", async () => {
  const { page, errors } = await app.open();
  await page.click('[data-query="investments"]');
  await page.click('[data-testid="run-query"]');
  await page.waitForSelector('[data-testid="results-table"]');
  const rows = Number(await page.getAttribute('[data-testid="result-counts"]', "data-rows"));

  const [csvDownload] = await Promise.all([page.waitForEvent("download"), page.click('[data-testid="download-csv"]')]);
  assert.equal(csvDownload.suggestedFilename(), "investments.csv");
  const csv = await readFile((await csvDownload.path())!, "utf8");
  assert.ok(csv.startsWith("\uFEFFinvestor,investmentName,"), csv.slice(0, 80));
  assert.match(csv, /\r\n/);
  assert.match(csv, /3800億元/, "the article's Japanese wording survives");
  assert.equal(
    csv.trimEnd().split("\r\n").length,
    rows + 1,
    "a header and one line per row (no line breaks inside these cells)",
  );

  const [jsonDownload] = await Promise.all([
    page.waitForEvent("download"),
    page.click('[data-testid="download-json"]'),
  ]);
  assert.equal(jsonDownload.suggestedFilename(), "investments.json");
  const json = JSON.parse(await readFile((await jsonDownload.path())!, "utf8")) as {
    source: { name: string };
    rows: unknown[];
    columns: string[];
    nodes: unknown[];
  };
  assert.equal(json.source.name, "investments");
  assert.equal(json.rows.length, rows);
  assert.ok(json.columns.includes("amountJpy"));
  assert.ok(json.nodes.length > 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test("the editor runs typed Cypher with Ctrl+Enter, shows the result and remembers the run", async () => {
  const { page, errors } = await app.open();
  await page.click('[data-testid="tab-editor"]');
  await page.waitForSelector(".cm-content");
  await typeCypher(
    page,
    "MATCH (p:Person)-[r]->(other:Entity)\nRETURN p.name AS person, type(r) AS relationship, other\nLIMIT 5",
  );
  await page.keyboard.press("ControlOrMeta+Enter");
  await page.waitForSelector('[data-testid="results-table"]');
  assert.equal(await rowsShown(page), 5);
  assert.equal(await page.getAttribute('[data-testid="result-counts"]', "data-rows"), "5");
  assert.match((await page.textContent('[data-testid="results-table"]')) ?? "", /Jack Ma/);
  await page.waitForSelector('[data-testid="history-item"]');
  assert.match((await page.textContent('[data-testid="history-item"]')) ?? "", /MATCH \(p:Person\)/);
  await screenshot(page, "journalist-02-editor-result");

  // The link holds the editor's text, so a reload opens the editor with it; the history survives too
  // (localStorage), and a click on it puts the query back.
  await page.reload();
  await page.waitForSelector('body[data-graph-ready="true"]', { timeout: 30_000 });
  await page.waitForSelector(".cm-content");
  assert.match((await page.textContent(".cm-content")) ?? "", /RETURN p\.name AS person/, "the link kept the text");
  await page.click('[data-testid="tab-editor"]');
  await page.click('[data-testid="history-item"]');
  assert.match((await page.textContent(".cm-content")) ?? "", /RETURN p\.name AS person/);
  assert.deepEqual(errors, []);
  await page.close();
});

test("a syntax error is marked at the line and column Neo4j reports, and explained in words", async () => {
  const { page, errors } = await app.open();
  await page.click('[data-testid="tab-editor"]');
  await typeCypher(page, "MATCH (n:Person)\nRETURN n\nLIMT 3");
  await page.click('[data-testid="run-cypher"]');
  const message = page.locator('[data-testid="editor-error"]');
  await message.waitFor();
  assert.equal(await message.getAttribute("data-line"), "3");
  assert.match((await message.textContent()) ?? "", /Line 3, column 1: Invalid input 'LIMT'/);
  const marked = page.locator(".cm-server-error");
  await marked.first().waitFor();
  // The Cypher package's own (silent) linter runs after a pause in typing: the server's mark must outlive it.
  await page.waitForTimeout(1_500);
  assert.equal(await marked.count(), 1);
  assert.equal(await marked.first().textContent(), "LIMT");
  const line = await marked
    .first()
    .evaluate((el) => [...document.querySelectorAll(".cm-content .cm-line")].findIndex((l) => l.contains(el)) + 1);
  assert.equal(line, 3, "the mark sits on line 3");
  await screenshot(page, "journalist-03-syntax-error");

  // Line 1: the server's read-only pre-check must not shift the column.
  await typeCypher(page, "MATCH (n) RETURN n LIMT 3");
  await page.keyboard.press("ControlOrMeta+Enter");
  await page.waitForFunction(() =>
    document.querySelector('[data-testid="editor-error"]')?.textContent?.includes("Line 1, column 20"),
  );
  assert.equal(await page.locator(".cm-server-error").first().textContent(), "LIMT");
  assert.deepEqual(unexpected(errors, 400), []);
  await page.close();
});

test("a CREATE is refused with a clear message, and nothing is written", async () => {
  const { page, errors } = await app.open();
  await page.click('[data-testid="tab-editor"]');
  await typeCypher(page, "CREATE (x:JournalistProbe {at: 1}) RETURN x");
  await page.keyboard.press("ControlOrMeta+Enter");
  const refusal = page.locator('[data-testid="editor-error"]');
  await refusal.waitFor();
  assert.match((await refusal.textContent()) ?? "", /read-only/);
  assert.match((await refusal.textContent()) ?? "", /writes to the graph/);
  assert.equal(await page.getAttribute('[data-testid="result-error"]', "data-code"), "forbidden");
  await screenshot(page, "journalist-04-create-refused");
  const check = await fetch(new URL("/api/cypher", app.url), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "MATCH (x:JournalistProbe) RETURN count(x) AS n" }),
  });
  assert.deepEqual(((await check.json()) as { rows: unknown[] }).rows, [{ n: 0 }]);
  assert.deepEqual(unexpected(errors, 403), []);
  await page.close();
});

test("the query panel works from the keyboard alone, with a visible focus ring", async () => {
  const { page, errors } = await app.open();
  const first = page.locator('[data-testid="saved-query"]').first();
  await first.focus();
  await page.keyboard.press("Enter");
  await page.waitForSelector('[data-testid="query-form"]');
  assert.equal(
    await page.evaluate(() => document.activeElement?.id),
    "query-heading",
    "focus moves to the opened query",
  );
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  assert.notEqual(outline, "none", "the focused control shows a ring");
  await page.focus('[data-testid="tab-library"]');
  await page.keyboard.press("ArrowRight");
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("data-testid")), "tab-editor");
  assert.equal(await page.getAttribute('[data-testid="tab-editor"]', "aria-selected"), "true");
  assert.deepEqual(errors, []);
  await page.close();
});

test("a capped or timed-out result says so above the table", async () => {
  const limited = await startExplorer({
    connection: testConnection(),
    host: "127.0.0.1",
    port: 0,
    staticDir: distDir,
    // Long enough for the page's own first requests on a busy machine (a read past the limit answers 400), far
    // shorter than the counting query below needs.
    timeoutMs: 3_000,
    maxNodes: 3,
  });
  try {
    const { page, errors, failedRequests } = await openPage(app.browser, limited.url);
    await page.waitForSelector('[data-testid="saved-query"]');
    await page.click('[data-testid="tab-editor"]');
    await typeCypher(page, "UNWIND range(1, 10) AS x RETURN x");
    await page.keyboard.press("ControlOrMeta+Enter");
    await page.waitForSelector('[data-testid="result-note"]');
    assert.match(
      (await page.textContent('[data-testid="results"]')) ?? "",
      /cut short at 3 rows by the server's result cap/,
    );
    assert.equal(await rowsShown(page), 3);
    await typeCypher(page, "UNWIND range(1, 10000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n");
    await page.keyboard.press("ControlOrMeta+Enter");
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="results"]')?.textContent?.includes("time limit"),
    );
    await screenshot(page, "journalist-05-timed-out");
    assert.deepEqual(errors, [], `failed requests: ${failedRequests.join("; ")}`);
    await page.close();
  } finally {
    await limited.close();
  }
});

test("with Neo4j unreachable the page says so: the graph, and a query run, each with a clear message", async () => {
  const down = await startExplorer({
    connection: { ...testConnection(), uri: "bolt://127.0.0.1:9" },
    host: "127.0.0.1",
    port: 0,
    staticDir: distDir,
  });
  try {
    const { page, errors } = await openPage(app.browser, down.url);
    await page.waitForSelector('[data-testid="status"][data-state="error"]', { timeout: 30_000 });
    assert.match((await page.textContent('[data-testid="status"]')) ?? "", /unreachable/i);
    await page.click('[data-query="timeline"]');
    await page.click('[data-testid="run-query"]');
    const failure = page.locator('[data-testid="result-error"]');
    await failure.waitFor({ timeout: 30_000 });
    assert.match((await failure.textContent()) ?? "", /The graph database is unreachable/);
    await screenshot(page, "journalist-06-neo4j-unreachable");
    assert.deepEqual(unexpected(errors, 503), []);
    await page.close();
  } finally {
    await down.close();
  }
});

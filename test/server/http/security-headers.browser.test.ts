// The built explorer under its real CSP in Chromium: no violations while it draws, opens the Cypher editor and runs
// a query; framed only by its own origin unless EMBED_ALLOWED_ORIGINS lists the embedding page's origin.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser, Page } from "playwright-core";
import { testConnection } from "../../support/db.ts";
import { launchBrowser } from "../../support/browser.ts";
import { startExplorer, type RunningExplorer } from "../../../src/server/run.ts";

const distDir = new URL("../../../dist/", import.meta.url).pathname;
let browser: Browser;
let course: Server;
let courseOrigin: string;
let explorer: RunningExplorer;
let embeddable: RunningExplorer;

before(async () => {
  // A stand-in for a course page on another origin, framing whichever explorer ?src= names.
  course = createServer((req, res) => {
    const src = new URL(req.url ?? "/", "http://x").searchParams.get("src") ?? "";
    res
      .writeHead(200, { "content-type": "text/html" })
      .end(`<!doctype html><iframe id="explorer" src="${src}" width="1000" height="700"></iframe>`);
  });
  await new Promise<void>((resolve) => course.listen(0, "127.0.0.1", resolve));
  courseOrigin = `http://127.0.0.1:${(course.address() as AddressInfo).port}`;
  explorer = await startExplorer({ connection: testConnection(), port: 0, staticDir: distDir });
  embeddable = await startExplorer({
    connection: testConnection(),
    port: 0,
    staticDir: distDir,
    embedOrigins: [courseOrigin],
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await explorer?.close();
  await embeddable?.close();
  course?.close();
});

/** A page that records CSP violations (from the DOM event and from the console) and every console error. */
async function watchedPage(): Promise<{ page: Page; violations: string[]; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const violations: string[] = [];
  const errors: string[] = [];
  await page.exposeFunction("reportCspViolation", (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener(
      "securitypolicyviolation",
      (e) =>
        void (window as unknown as { reportCspViolation: (v: string) => void }).reportCspViolation(
          `${e.effectiveDirective} ${e.blockedURI}`,
        ),
    );
  });
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(msg.text());
    if (/Content Security Policy/i.test(msg.text())) violations.push(msg.text());
  });
  page.on("pageerror", (err) => errors.push(String(err)));
  return { page, violations, errors };
}

test("the built page draws the graph, opens the Cypher editor and runs a query without a single CSP violation", async () => {
  const { page, violations, errors } = await watchedPage();
  const res = await page.goto(explorer.url);
  assert.match(res?.headers()["content-security-policy"] ?? "", /script-src 'self'/);
  await page.waitForSelector('body[data-graph-ready="true"]', { timeout: 30_000 });
  assert.ok((await page.locator("#stage canvas").count()) > 0, "Sigma drew with WebGL");
  const toggle = page.locator('[data-testid="workbench-toggle"]');
  await toggle.waitFor({ state: "visible" });
  if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
  await page.locator('[data-testid="tab-editor"]').click();
  const editor = page.locator('[data-testid="cypher-editor"] .cm-content');
  await editor.waitFor({ timeout: 15_000 });
  await editor.click();
  await page.keyboard.press("Control+A");
  await page.keyboard.type("MATCH (p:Person) RETURN p.name AS name LIMIT 3");
  await page.locator('[data-testid="run-cypher"]').click();
  await page.locator('[data-testid="results-table"] tbody tr').first().waitFor({ timeout: 15_000 });
  assert.deepEqual(violations, []);
  assert.deepEqual(errors, []);
  await page.close();
});

test("another origin cannot frame the explorer by default", async () => {
  const { page } = await watchedPage();
  await page.goto(`${courseOrigin}/?src=${encodeURIComponent(`${explorer.url}?embed=1`)}`);
  await page.waitForTimeout(2_000);
  const frame = page.frames().find((f) => f !== page.mainFrame());
  const drawn = await frame?.evaluate(() => document.querySelector("#stage") !== null).catch(() => false);
  assert.equal(drawn, false, "the framed explorer must not load");
  await page.close();
});

test("an origin listed in EMBED_ALLOWED_ORIGINS can frame the explorer in embed mode", async () => {
  const { page, violations } = await watchedPage();
  await page.goto(`${courseOrigin}/?src=${encodeURIComponent(`${embeddable.url}?embed=1`)}`);
  const frame = page.frameLocator("#explorer");
  await frame.locator('body[data-graph-ready="true"]').waitFor({ timeout: 30_000 });
  assert.deepEqual(violations, []);
  await page.close();
});

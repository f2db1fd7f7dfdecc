// Notes in real Chromium against the real server and Neo4j: add one on a node in the details panel, see who and when,
// find it again after a reload (with the name remembered), and on the path finder's hop that reaches the node.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { screenshot } from "../../support/browser.ts";
import { useExplorerPage, layoutSettled } from "../../support/explorer-page.ts";

const scratch = mkdtempSync(join(tmpdir(), "kg-notes-browser-"));
const LAPTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
const TEXT = `Check the retirement date against the 2019 letter (${Date.now()}).`;

const app = useExplorerPage({
  server: { notesFile: join(scratch, "notes.jsonl") },
  ready: layoutSettled,
  cleanUp: () => rmSync(scratch, { recursive: true, force: true }),
});

const nodeNotes = '[data-testid="node-notes"]';

test("a note added on a node shows with its author and time, and is still there after a reload", async () => {
  const context = await app.browser.newContext({ viewport: LAPTOP });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (err) => errors.push(String(err)));
  await page.goto(`${app.url}?sel=jack-ma`);
  await app.ready(page);
  await page.waitForSelector(`${nodeNotes} [data-testid="note-form"]`, { timeout: 15_000 });
  assert.equal(await page.locator(`${nodeNotes} [data-testid="note"]`).count(), 0, "no notes yet");
  assert.equal(await page.inputValue(`${nodeNotes} [data-testid="note-author-input"]`), "", "no name remembered yet");

  const before = Date.now();
  await page.fill(`${nodeNotes} [data-testid="note-text"]`, TEXT);
  await page.fill(`${nodeNotes} [data-testid="note-author-input"]`, "Aiko Tanaka");
  await page.click(`${nodeNotes} [data-testid="note-add"]`);
  const note = page.locator(`${nodeNotes} [data-testid="note"]`);
  await note.first().waitFor({ timeout: 10_000 });
  assert.equal(await note.count(), 1);
  assert.equal((await note.locator(".note-text").textContent())?.trim(), TEXT);
  assert.equal(await note.locator('[data-testid="note-author"]').textContent(), "Aiko Tanaka");
  const when = Date.parse((await note.locator('[data-testid="note-time"]').getAttribute("datetime")) ?? "");
  assert.ok(when >= before - 2_000 && when <= Date.now() + 2_000, "the time is the server's, now");
  assert.match((await note.locator('[data-testid="note-time"]').textContent()) ?? "", /\d{1,2}:\d{2}/);
  assert.equal(await page.inputValue(`${nodeNotes} [data-testid="note-text"]`), "", "the text box is cleared");
  await screenshot(page, "notes-details-laptop");

  await page.reload();
  await app.ready(page);
  await page.locator(`${nodeNotes} [data-testid="note"]`).first().waitFor({ timeout: 15_000 });
  assert.equal((await page.locator(`${nodeNotes} .note-text`).textContent())?.trim(), TEXT);
  assert.equal(
    await page.inputValue(`${nodeNotes} [data-testid="note-author-input"]`),
    "Aiko Tanaka",
    "the name is typed once and remembered",
  );
  assert.deepEqual(errors, []);
  await context.close();
});

test("the note shows on the path finder's hop that reaches the node", async () => {
  const { page, errors } = await app.open("?path=alibaba,jack-ma", LAPTOP);
  const hopNotes = page.locator('[data-testid="path-hop"] [data-testid="hop-notes"][data-target="node:jack-ma"]');
  await hopNotes.first().waitFor({ timeout: 30_000 });
  assert.equal((await hopNotes.first().locator(".note-text").textContent())?.trim(), TEXT);
  assert.equal(await hopNotes.first().locator('[data-testid="note-author"]').textContent(), "Aiko Tanaka");
  await hopNotes.first().scrollIntoViewIfNeeded();
  await screenshot(page, "notes-path-hop-laptop");
  assert.deepEqual(errors, []);
  await page.close();
});

test("on a phone the details panel shows the notes and the form", async () => {
  const { page, errors } = await app.open("?sel=jack-ma", PHONE);
  const note = page.locator(`${nodeNotes} [data-testid="note"]`);
  await note.first().waitFor({ timeout: 15_000 });
  await note.first().scrollIntoViewIfNeeded();
  await screenshot(page, "notes-details-phone");
  assert.deepEqual(errors, []);
  await page.close();
});

test("a view's link carries its notes: a note added on the view opens with the same link", async () => {
  const link = `${app.url}?nodes=jack-ma,alibaba,eddie-wu`;
  const { page, errors } = await app.open(link, LAPTOP);
  await page.click('[data-testid="view-notes-toggle"]');
  const panel = '[data-testid="view-notes"]';
  await page.waitForSelector(`${panel} [data-testid="note-form"]`, { timeout: 15_000 });
  const viewId = await page.getAttribute(panel, "data-view-id");
  await page.fill(`${panel} [data-testid="note-text"]`, "Start the lesson from these three.");
  await page.fill(`${panel} [data-testid="note-author-input"]`, "Teacher");
  await page.click(`${panel} [data-testid="note-add"]`);
  await page.locator(`${panel} [data-testid="note"]`).first().waitFor({ timeout: 10_000 });
  await page.close();

  // The same link in a fresh page: the panel opens by itself with the view's note.
  const again = await app.open(link, LAPTOP);
  const note = again.page.locator(`${panel} [data-testid="note"]`);
  await note.first().waitFor({ timeout: 15_000 });
  assert.equal(await again.page.getAttribute(panel, "data-view-id"), viewId);
  assert.equal((await note.first().locator(".note-text").textContent())?.trim(), "Start the lesson from these three.");
  assert.equal(await again.page.locator('[data-testid="view-notes-panel"]').isVisible(), true);
  await screenshot(again.page, "notes-view-laptop");
  // Another view of the graph does not show it.
  const other = await app.open("?nodes=jack-ma,alibaba", LAPTOP);
  await other.page.click('[data-testid="view-notes-toggle"]');
  await other.page.waitForSelector(`${panel} [data-testid="note-form"]`, { timeout: 15_000 });
  assert.equal(await other.page.locator(`${panel} [data-testid="note"]`).count(), 0);
  assert.deepEqual([...errors, ...again.errors, ...other.errors], []);
  await again.page.close();
  await other.page.close();
});

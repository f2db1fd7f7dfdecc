// Live follow through restarts of a real server process, in Chromium: the teacher's page and a student's page
// reconnect by themselves to the same link, the student catches up and follows the next steps without a reload,
// and once the teacher stops, the link stays ended after another restart.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import type { Page } from "playwright-core";
import { ARTICLE_PERSPECTIVE } from "../support/article-perspective.ts";
import { useExplorerPage } from "../support/explorer-page.ts";
import {
  killServerProcesses,
  startServerProcess,
  stopServerProcess,
  type ServerProcess,
} from "../support/server-process.ts";

const LAPTOP = { width: 1366, height: 768 };
const scratch = mkdtempSync(join(tmpdir(), "kg-live-browser-"));
let port = 0;
let server: ServerProcess | undefined;

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** The explorer with the test build, on the same port and data folder every time: the class's link stays valid. */
async function start(): Promise<ServerProcess> {
  server = await startServerProcess({
    NOTES_FILE: join(scratch, "notes.jsonl"),
    LIVE_SESSIONS_DIR: join(scratch, "live"),
    STATIC_DIR: new URL("../../dist/", import.meta.url).pathname,
    PERSPECTIVE_FILE: ARTICLE_PERSPECTIVE,
    PORT: String(port),
  });
  return server;
}

async function restart(): Promise<void> {
  await stopServerProcess(server!, "SIGTERM");
  await start();
}

const app = useExplorerPage({
  serve: async () => {
    port = await freePort();
    const { url } = await start();
    return { url, close: async () => server && stopServerProcess(server, "SIGTERM") };
  },
  cleanUp: () => {
    killServerProcesses();
    rmSync(scratch, { recursive: true, force: true });
  },
});

async function atStep(page: Page, n: number): Promise<void> {
  await page.waitForFunction(
    (n) => {
      const text = document.querySelector('[data-testid="caption-step"]')?.textContent ?? "";
      return n === 0 ? text === "4 steps" : text.startsWith(`Step ${n} of 4`);
    },
    n,
    { timeout: 30_000 },
  );
}

const says = (page: Page, testid: string, text: string) =>
  page.waitForFunction(
    ([testid, text]) => document.querySelector(`[data-testid="${testid}"]`)?.textContent?.includes(text!),
    [testid, text],
    { timeout: 30_000 },
  );

test("a server restart keeps the live link: both pages reconnect and the student follows on; a stop outlasts a restart", async () => {
  const teacher = await app.open("", LAPTOP);
  await teacher.page.keyboard.press("p");
  await teacher.page.waitForSelector('[data-testid="caption-title"]');
  await teacher.page.click('[data-testid="live-share-button"]');
  const link = ((await teacher.page.textContent('[data-testid="live-link"]')) ?? "").trim();
  await teacher.page.click('[data-testid="live-close"]');
  const student = await app.open(link, LAPTOP);
  await says(student.page, "live-status", "Following the teacher live");
  await teacher.page.keyboard.press("ArrowRight");
  await atStep(student.page, 1);

  await restart();
  // Both pages come back on their own: the teacher's with its key, the student's with the step it had.
  await says(teacher.page, "live-badge-text", "● Live · 1 following");
  await says(student.page, "live-status", "Following the teacher live");
  await atStep(student.page, 1);
  await teacher.page.keyboard.press("ArrowRight");
  await atStep(student.page, 2);
  await teacher.page.keyboard.press("ArrowRight");
  await atStep(student.page, 3);

  await teacher.page.click('[data-testid="live-badge-stop"]');
  await says(student.page, "live-status", "This live session has ended.");
  await restart();
  await student.page.reload();
  await app.ready(student.page);
  await says(student.page, "live-status", "This live session has ended.");
  const id = new URL(link).searchParams.get("live")!;
  assert.equal((await fetch(new URL(`/api/live/${id}`, app.url))).status, 410);

  // Expected while the server is away: failed socket attempts; after the stop, the ended session's 410.
  const unexpected = (errors: string[]) =>
    errors.filter((e) => !/WebSocket connection|ERR_CONNECTION_REFUSED|status of 410/.test(e));
  for (const p of [teacher, student]) assert.deepEqual(unexpected(p.errors), []);
  for (const p of [teacher, student]) await p.page.close();
});

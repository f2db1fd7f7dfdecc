// Live follow in real Chromium: a teacher page presents and shares, three student pages follow its steps in order;
// a reloaded student catches up, a student who looks around comes back with Follow the teacher, and once the
// teacher stops the link says the session has ended and no step arrives any more.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { screenshot } from "../support/browser.ts";
import { ARTICLE_PERSPECTIVE } from "../support/article-perspective.ts";
import { useExplorerPage } from "../support/explorer-page.ts";

const LAPTOP = { width: 1366, height: 768 };
const PROJECTOR = { width: 1920, height: 1080 };

const app = useExplorerPage({ server: { perspectiveFile: ARTICLE_PERSPECTIVE } });

const stepText = (page: Page) => page.textContent('[data-testid="caption-step"]');

/** Waits until the page's caption shows "Step n of 4" (n 0: the title card). */
async function atStep(page: Page, n: number): Promise<void> {
  await page.waitForFunction(
    (n) => {
      const text = document.querySelector('[data-testid="caption-step"]')?.textContent ?? "";
      return n === 0 ? text === "4 steps" : text.startsWith(`Step ${n} of 4`);
    },
    n,
    { timeout: 20_000 },
  );
}

/** Records every presentation step the page shows, so the order they arrived in can be checked. */
async function recordSteps(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __steps: number[] };
    w.__steps = [];
    window.__explorer!.store.watch(
      (s) => s.presentation.step,
      (step) => w.__steps.push(step),
    );
  });
}
const recorded = (page: Page) => page.evaluate(() => (window as unknown as { __steps: number[] }).__steps);

async function follower(link: string): Promise<{ page: Page; errors: string[] }> {
  const opened = await app.open(link, LAPTOP);
  await opened.page.waitForFunction(
    () => document.querySelector('[data-testid="live-status"]')?.textContent?.includes("Following the teacher live"),
    undefined,
    { timeout: 20_000 },
  );
  return opened;
}

test("three students follow the teacher's steps in order; reload catches up; Follow the teacher; stop ends the link", async () => {
  const teacher = await app.open("", LAPTOP);
  await teacher.page.keyboard.press("p");
  await teacher.page.waitForSelector('[data-testid="caption-title"]');
  await teacher.page.click('[data-testid="live-share-button"]');
  await teacher.page.waitForSelector('[data-testid="live-qr"][src^="data:image/png"]');
  const link = ((await teacher.page.textContent('[data-testid="live-link"]')) ?? "").trim();
  assert.match(link, /\?live=[A-Za-z0-9_-]{16}$/, "a short link with the session id");
  // The QR code is big enough to scan across a classroom: most of the screen's height, on a laptop and a projector.
  for (const [name, size] of [
    ["laptop", LAPTOP],
    ["projector", PROJECTOR],
  ] as const) {
    await teacher.page.setViewportSize(size);
    const box = await teacher.page.locator('[data-testid="live-qr"]').boundingBox();
    assert.ok(box && box.height >= size.height * 0.5, `QR ${box?.height}px high on a ${size.height}px ${name} screen`);
    await screenshot(teacher.page, `live-01-share-panel-${name}`);
  }
  await teacher.page.setViewportSize(LAPTOP);
  await teacher.page.click('[data-testid="live-close"]');

  const students = [await follower(link), await follower(link), await follower(link)];
  for (const s of students) {
    await atStep(s.page, 0);
    await recordSteps(s.page);
  }
  await teacher.page.waitForFunction(() =>
    document.querySelector('[data-testid="live-badge-text"]')?.textContent?.includes("3 following"),
  );

  // Steps arrive in order, on every page.
  for (const n of [1, 2, 3]) {
    await teacher.page.keyboard.press("ArrowRight");
    await atStep(teacher.page, n);
  }
  for (const s of students) {
    await atStep(s.page, 3);
    assert.deepEqual(await recorded(s.page), [0, 1, 2], "steps 1, 2, 3 in order");
    assert.equal(
      await s.page.textContent('[data-testid="caption-quote"]'),
      await teacher.page.textContent('[data-testid="caption-quote"]'),
    );
  }
  await screenshot(students[0]!.page, "live-02-student-following");

  // A student who reloads is back at the teacher's step at once, and keeps following.
  const [first, second, third] = students as [(typeof students)[0], (typeof students)[0], (typeof students)[0]];
  await first.page.reload();
  await app.ready(first.page);
  await atStep(first.page, 3);
  // The teacher's page reloads too: it takes its session back, and its next steps reach the class.
  await teacher.page.reload();
  await app.ready(teacher.page);
  await teacher.page.waitForFunction(() =>
    document.querySelector('[data-testid="live-badge-text"]')?.textContent?.startsWith("● Live"),
  );
  await teacher.page.keyboard.press("p");
  await atStep(teacher.page, 0);
  await teacher.page.keyboard.press("End");
  for (const s of students) await atStep(s.page, 4);

  // A student looks around on their own: the teacher's next step does not pull them back until they ask.
  const stage = (await second.page.locator("#stage").boundingBox())!;
  await second.page.mouse.click(stage.x + 20, stage.y + 20);
  await second.page.waitForSelector('[data-testid="live-follow"]:visible');
  await second.page.keyboard.press("ArrowLeft");
  await atStep(second.page, 3);
  await teacher.page.keyboard.press("Home");
  await atStep(teacher.page, 0);
  await atStep(third.page, 0);
  assert.match(
    (await stepText(second.page)) ?? "",
    /^Step 3 of 4/,
    "the student who looks around stays where they are",
  );
  assert.match((await second.page.textContent('[data-testid="live-status"]')) ?? "", /looking around on your own/);
  await teacher.page.keyboard.press("ArrowRight");
  await atStep(third.page, 1);
  await second.page.click('[data-testid="live-follow"]');
  await atStep(second.page, 1);
  assert.equal(await second.page.locator('[data-testid="live-follow"]').isHidden(), true);
  await screenshot(second.page, "live-03-student-back-with-teacher");

  // The teacher stops: every student's page says so, no step arrives any more, and the link answers "ended".
  await teacher.page.click('[data-testid="live-badge-stop"]');
  for (const s of students)
    await s.page.waitForFunction(() =>
      document.querySelector('[data-testid="live-status"]')?.textContent?.includes("This live session has ended."),
    );
  await teacher.page.keyboard.press("ArrowRight");
  await atStep(teacher.page, 2);
  await third.page.waitForTimeout(1_000);
  assert.match((await stepText(third.page)) ?? "", /^Step 1 of 4/, "no step after the end");
  const late = await app.open(link, LAPTOP);
  await late.page.waitForFunction(() =>
    document.querySelector('[data-testid="live-status"]')?.textContent?.includes("This live session has ended."),
  );
  await screenshot(late.page, "live-04-link-after-stop");
  const id = new URL(link).searchParams.get("live")!;
  assert.equal((await fetch(new URL(`/api/live/${id}`, app.url))).status, 410);

  // A 410 for the ended session's status is the one expected console error on the late page.
  const unexpected = (errors: string[]) => errors.filter((e) => !/status of 410/.test(e));
  for (const p of [teacher, ...students, late]) assert.deepEqual(unexpected(p.errors), []);
  for (const p of [teacher, ...students, late]) await p.page.close();
});

// bench:live: a teacher page in Chromium steps through the story with the keyboard; a few student pages in Chromium
// and many protocol clients follow. Time from each key press to each follower's step, and the server's memory per
// follower (its heap and RSS, in its own process, before and after the protocol clients join). The same steps twice,
// each with a fresh server: live sessions kept on disk (a session file written after each step, as `npm start` does)
// and not kept (a restart ends them).
import { fork, type ChildProcess } from "node:child_process";
import { readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../chromium.ts";
import { buildExplorer } from "../browser/explorer-site.ts";
import { percentile } from "../stats.ts";
import { connectProtocolFollower, type ProtocolFollower } from "./protocol-follower.ts";

export interface LiveBenchOptions {
  root: string;
  followers: number;
  pages: number;
  steps: number;
  gapMs: number;
  /** Extra protocol followers that join after the timed steps, only to weigh the server's memory per follower. */
  memoryFollowers: number;
  /** Runs of each way (persistence on, off), the first way alternating. */
  rounds: number;
}

export interface Latency {
  count: number;
  p50: number;
  p95: number;
  max: number;
}

/** Live sessions kept on disk (`liveSessionsDir`, a file written after each step) or not. */
export type Persistence = "on" | "off";

export interface LiveBenchResult {
  commit: string;
  followers: number;
  pages: number;
  steps: number;
  runs: LiveRun[];
}

export interface LiveRun {
  persistence: Persistence;
  /** Session files on disk at the end of the run (persistence on: the session's one file). */
  sessionFiles: number;
  all: Latency;
  protocol: Latency;
  browser: Latency;
  /** Steps a follower did not show before the next press: a busy page jumps straight to the latest step. */
  missed: number;
  memory: { heapPerFollowerKiB: number; rssPerFollowerKiB: number; measuredOver: number };
}

interface Memory {
  heapUsed: number;
  rss: number;
}

function startServer(staticDir: string, sessionsDir: string | null): Promise<{ child: ChildProcess; url: string }> {
  const child = fork(new URL("./server-child.ts", import.meta.url).pathname, [], {
    execArgv: ["--expose-gc", "--import", "tsx"],
    env: {
      ...process.env,
      LIVE_BENCH_STATIC: staticDir,
      ...(sessionsDir ? { LIVE_BENCH_SESSIONS: sessionsDir } : {}),
    },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`the explorer under test exited (${code}) before it was ready`)));
    child.on("message", (m: { type: string; url?: string }) => m.type === "ready" && resolve({ child, url: m.url! }));
  });
}

function memoryOf(child: ChildProcess): Promise<Memory> {
  return new Promise((resolve) => {
    const listener = (m: { type: string } & Memory) => {
      if (m.type !== "memory") return;
      child.off("message", listener);
      resolve({ heapUsed: m.heapUsed, rss: m.rss });
    };
    child.on("message", listener);
    child.send("memory");
  });
}

const summary = (values: number[]): Latency => ({
  count: values.length,
  p50: percentile(values, 50),
  p95: percentile(values, 95),
  max: Math.max(...values),
});

/** The caption's first line for a step of the 4-hop story, as every page shows it. */
const stepLabel = (step: number) => (step < 0 ? "4 steps" : `Step ${step + 1} of 4`);

async function openReady(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(url);
  await page.waitForSelector('body[data-graph-ready="true"]', { timeout: 120_000 });
  return page;
}

/** In a student page: note the time each caption step appears (the step on screen, not just received). */
async function watchCaption(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: Array<{ at: number; text: string }> = [];
    (window as unknown as { __seen: typeof seen }).__seen = seen;
    const caption = document.querySelector("#presentation-caption")!;
    new MutationObserver(() => {
      const text = caption.querySelector('[data-testid="caption-step"]')?.textContent ?? "";
      if (seen.at(-1)?.text !== text) seen.push({ at: Date.now(), text });
    }).observe(caption, { childList: true, subtree: true, characterData: true });
  });
}

export async function runLiveBench(o: LiveBenchOptions, log: (line: string) => void): Promise<LiveBenchResult> {
  const workDir = join(o.root, ".data", "bench-live");
  const outDir = join(workDir, "dist");
  log("Building the explorer as committed…");
  const { commit } = await buildExplorer(o.root, workDir, outDir);
  const browser = await launchChromium();
  const runs: LiveRun[] = [];
  try {
    // Each way in turn, `rounds` times, the first way alternating, each with a fresh server and session.
    for (let round = 0; round < o.rounds; round++)
      for (const persistence of round % 2 === 0 ? (["on", "off"] as const) : (["off", "on"] as const)) {
        log(`Round ${round + 1} of ${o.rounds}: live sessions kept on disk ${persistence}`);
        runs.push(await runOnce(o, browser, outDir, join(workDir, "sessions"), persistence, log));
      }
  } finally {
    await browser.close();
  }
  return { commit, followers: o.followers, pages: o.pages, steps: o.steps, runs };
}

async function runOnce(
  o: LiveBenchOptions,
  browser: Browser,
  outDir: string,
  sessionsDir: string,
  persistence: Persistence,
  log: (line: string) => void,
): Promise<LiveRun> {
  await rm(sessionsDir, { recursive: true, force: true });
  const { child, url } = await startServer(outDir, persistence === "on" ? sessionsDir : null);
  const protocol: ProtocolFollower[] = [];
  const pages: Page[] = [];
  try {
    log(`Explorer at ${url}; teacher page presents and shares`);
    const teacher = await openReady(browser, url);
    await teacher.keyboard.press("p");
    // The story is asked of the API on the key press: on a busy machine that can take a while.
    await teacher.waitForSelector('[data-testid="caption-title"]', { timeout: 120_000 });
    await teacher.click('[data-testid="live-share-button"]');
    await teacher.waitForSelector('[data-testid="live-link"]');
    const link = ((await teacher.textContent('[data-testid="live-link"]')) ?? "").trim();
    const id = new URL(link).searchParams.get("live")!;
    await teacher.click('[data-testid="live-close"]');
    pages.push(teacher);

    const students: Page[] = [];
    for (let i = 0; i < o.pages; i++) {
      const page = await openReady(browser, link);
      await page.waitForSelector('[data-testid="caption-step"]', { timeout: 60_000 });
      await watchCaption(page);
      pages.push(page);
      students.push(page);
    }
    log(`${students.length} Chromium student pages follow; connecting ${o.followers - o.pages} protocol followers`);
    for (let i = 0; i < o.followers - o.pages; i++) protocol.push(await connectProtocolFollower(url, id));

    // Right to the last step, left back to the title card, again: every press changes the step.
    const presses: Array<{ at: number; step: number }> = [];
    let step = -1;
    let direction = 1;
    for (let i = 0; i < o.steps; i++) {
      if (step + direction > 3 || step + direction < -1) direction = -direction;
      step += direction;
      const at = Date.now();
      await teacher.keyboard.press(direction > 0 ? "ArrowRight" : "ArrowLeft");
      presses.push({ at, step });
      await new Promise((r) => setTimeout(r, o.gapMs));
    }
    await new Promise((r) => setTimeout(r, 1_000));

    let missed = 0;
    const latencies = (arrivals: Array<{ at: number; step: number }>) =>
      presses.flatMap((press, i) => {
        const until = presses[i + 1]?.at ?? Number.POSITIVE_INFINITY;
        const hit = arrivals.find((a) => a.at >= press.at && a.at < until && a.step === press.step);
        if (!hit) missed++;
        return hit ? [hit.at - press.at] : [];
      });
    const protocolMs = protocol.flatMap((f) => latencies(f.arrivals));
    const browserMs: number[] = [];
    for (const page of students) {
      const seen = await page.evaluate(
        () => (window as unknown as { __seen: Array<{ at: number; text: string }> }).__seen,
      );
      const arrivals = seen.flatMap(({ at, text }) => {
        const step = [-1, 0, 1, 2, 3].find((s) => text.startsWith(stepLabel(s)));
        return step === undefined ? [] : [{ at, step }];
      });
      browserMs.push(...latencies(arrivals));
    }
    // Memory: many more followers than the class, so the difference stands above the allocator's noise.
    log(`Weighing memory with ${o.memoryFollowers} more protocol followers`);
    const before = await memoryOf(child);
    for (let i = 0; i < o.memoryFollowers; i++) protocol.push(await connectProtocolFollower(url, id));
    await new Promise((r) => setTimeout(r, 1_000));
    const after = await memoryOf(child);
    const measuredOver = o.memoryFollowers;
    const sessionFiles = persistence === "on" ? (await readdir(sessionsDir)).filter((f) => f.endsWith(".json")) : [];
    return {
      persistence,
      sessionFiles: sessionFiles.length,
      all: summary([...protocolMs, ...browserMs]),
      protocol: summary(protocolMs),
      browser: summary(browserMs),
      missed,
      memory: {
        heapPerFollowerKiB: Math.round((after.heapUsed - before.heapUsed) / measuredOver / 102.4) / 10,
        rssPerFollowerKiB: Math.round((after.rss - before.rss) / measuredOver / 102.4) / 10,
        measuredOver,
      },
    };
  } finally {
    for (const f of protocol) f.close();
    for (const page of pages) await page.close();
    child.send("stop");
    await new Promise((r) => child.once("exit", r));
  }
}

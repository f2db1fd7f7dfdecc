// The BENCHMARKS.md section of bench:live.
import { markSection } from "../markdown-section.ts";
import type { LiveBenchResult } from "./run.ts";

export const SECTION = "live";

const row = (name: string, l: LiveBenchResult["all"]) => `| ${name} | ${l.count} | ${l.p50} | ${l.p95} | ${l.max} |`;

export function renderLiveReport(r: LiveBenchResult, command: string, machine: string): string {
  const m = r.memory;
  return markSection(
    SECTION,
    `## Live follow: ${r.followers} followers

\`${command}\` (${new Date().toISOString().slice(0, 10)}; commit ${r.commit}; ${machine})

A teacher page in Chromium presents the article's story and presses → / ← ${r.steps} times; ${r.pages} student pages in
Chromium and ${r.followers - r.pages} protocol clients (\`ws\`) follow the same session. Latency is from the key press to the
step: for a page, the step's caption on screen; for a protocol client, the step's message received. Target: p95 under 200 ms.

| Followers | Steps measured | p50 ms | p95 ms | max ms |
| --- | ---: | ---: | ---: | ---: |
${row("all", r.all)}
${row(`protocol clients (${r.followers - r.pages})`, r.protocol)}
${row(`Chromium pages (${r.pages})`, r.browser)}

Steps a follower did not show before the teacher's next press (a busy page jumps straight to the latest step; not in
the table): ${r.missed}. The pages' figure against the protocol clients' is what drawing the step
costs a student's browser on this shared machine: ${(r.browser.p50 / Math.max(1, r.protocol.p50)).toFixed(1)}× at p50.

Server memory per follower (the explorer in its own process, after a full GC, before and after ${m.measuredOver} more protocol
followers joined the session): **${m.heapPerFollowerKiB} KiB heap, ${m.rssPerFollowerKiB} KiB RSS**.`,
  );
}

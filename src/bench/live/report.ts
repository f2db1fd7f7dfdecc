// The BENCHMARKS.md section of bench:live: step latency to every follower, live sessions kept on disk and not.
import { markSection } from "../markdown-section.ts";
import type { LiveBenchResult, LiveRun } from "./run.ts";

export const SECTION = "live";

const WAY = { on: "kept on disk", off: "not kept" } as const;

const row = (run: LiveRun, i: number, name: string, l: LiveRun["all"]) =>
  `| ${i + 1} | ${WAY[run.persistence]} | ${name} | ${l.count} | ${l.p50} | ${l.p95} | ${l.max} |`;

/** Median over the runs of one way. */
function medianOf(runs: readonly LiveRun[], pick: (r: LiveRun) => number): number {
  const sorted = runs.map(pick).sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function renderLiveReport(r: LiveBenchResult, command: string, machine: string): string {
  const protocolCount = r.followers - r.pages;
  const rows = r.runs.flatMap((run, i) => [
    row(run, i, "all", run.all),
    row(run, i, `protocol clients (${protocolCount})`, run.protocol),
    row(run, i, `Chromium pages (${r.pages})`, run.browser),
  ]);
  const of = (way: "on" | "off") => r.runs.filter((run) => run.persistence === way);
  const ratio = (pick: (run: LiveRun) => number) =>
    (medianOf(of("on"), pick) / Math.max(1, medianOf(of("off"), pick))).toFixed(2);
  const memory = r.runs
    .map(
      (run, i) =>
        `run ${i + 1} (${WAY[run.persistence]}): ${run.memory.heapPerFollowerKiB} KiB heap, ${run.memory.rssPerFollowerKiB} KiB RSS`,
    )
    .join("; ");
  const missed = r.runs.map((run, i) => `run ${i + 1}: ${run.missed}`).join(", ");
  const files = r.runs
    .filter((run) => run.persistence === "on")
    .map((run) => run.sessionFiles)
    .join(", ");
  return markSection(
    SECTION,
    `## Live follow: ${r.followers} followers

\`${command}\` (${new Date().toISOString().slice(0, 10)}; commit ${r.commit}; ${machine})

A teacher page in Chromium presents the article's story and presses → / ← ${r.steps} times; ${r.pages} student pages in
Chromium and ${protocolCount} protocol clients (\`ws\`) follow the same session. Latency is from the key press to the
step: for a page, the step's caption on screen; for a protocol client, the step's message received. Target: p95 under 200 ms.

The same steps run once per way and round, each with a fresh explorer and session: live sessions **kept on disk**
(\`liveSessionsDir\`, as \`npm start\` runs: after each step the session's file is written whole, a temporary file
synced and renamed, then the folder synced; \`src/server/live/session-files.ts\`) and **not kept** (no folder: a restart
ends the sessions). Session files on disk at the end of the runs kept on disk: ${files || "none"}.

| Run | Sessions | Followers | Steps measured | p50 ms | p95 ms | max ms |
| --- | --- | --- | ---: | ---: | ---: | ---: |
${rows.join("\n")}

Kept on disk ÷ not kept (medians over the runs of each way), protocol clients: p50 ${ratio((run) => run.protocol.p50)}×,
p95 ${ratio((run) => run.protocol.p95)}×; all followers: p50 ${ratio((run) => run.all.p50)}×, p95 ${ratio((run) => run.all.p95)}×.

Steps a follower did not show before the teacher's next press (a busy page jumps straight to the latest step; not in
the table): ${missed}.

Server memory per follower (the explorer in its own process, after a full GC, before and after
${r.runs[0]?.memory.measuredOver ?? 0} more protocol followers joined the session): ${memory}.`,
  );
}

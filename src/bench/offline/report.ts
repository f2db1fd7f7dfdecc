// Renders the offline benchmark as its BENCHMARKS.md section: folder size and time to interactive per exported graph.
import { markSection } from "../markdown-section.ts";
import { spread } from "../stats.ts";
import type { OfflineBenchResult } from "./run.ts";

export const OFFLINE_SECTION = "offline";

const fmt = (x: number, digits = 0) =>
  Number.isFinite(x) ? x.toLocaleString("en", { maximumFractionDigits: digits, minimumFractionDigits: digits }) : "–";
const triple = (xs: number[], digits = 0) => {
  const s = spread(xs);
  return `${fmt(s.min, digits)} / ${fmt(s.median, digits)} / ${fmt(s.max, digits)}`;
};
const kib = (bytes: number) => `${fmt(bytes / 1024)} KiB`;
const mib = (bytes: number) => (bytes >= 1 << 20 ? `${fmt(bytes / 2 ** 20, 1)} MiB` : kib(bytes));

export function renderOfflineReport(r: OfflineBenchResult, command: string, date: string): string {
  const m = r.machine;
  const lines = ["## Offline edition: folder size and time to interactive", "", `\`${command}\` (${date})`, ""];
  lines.push(
    `Machine: ${m.cores} cores (${m.cpu}), ${m.memoryGiB} GiB, ${m.os}; Node ${m.node}, Chromium ${r.chromium} headless (WebGL through SwiftShader, software). ` +
      `One-minute load average ${r.load1.start} at the start and ${r.load1.end} at the end.`,
    "",
    "Each graph is loaded into a private Neo4j, exported with the code behind `npm run export` (built explorer + `snapshot.json` with every saved query's result), " +
      "and served by a plain static file server on loopback (no API, no Neo4j). Each run opens the folder in a new browser context (empty cache). " +
      "*Graph drawn* is navigation start to the explorer's first frame of the graph (`body[data-graph-ready]`): fetch, zod check, search index, graph build, layout and render. " +
      "*Search* is typing a name into the search box until its entity is listed. *Longest task* is the longest main-thread task before the graph is drawn.",
    "",
  );
  lines.push(
    `| graph | nodes | relationships | folder, files | folder size | explorer | snapshot | snapshot gzip | export, s | graph drawn, ms | search, ms | longest task, ms |`,
    "|---|---|---|---|---|---|---|---|---|---|---|---|",
  );
  for (const c of r.cases) {
    const of = (f: (t: (typeof c.runs)[number]) => number) => triple(c.runs.map(f));
    lines.push(
      `| ${c.name} | ${fmt(c.snapshot.nodes)} | ${fmt(c.snapshot.relationships)} | ${c.size.files} | ${mib(c.size.totalBytes)} | ${mib(c.size.appBytes)} | ${mib(c.size.snapshotBytes)} | ${mib(c.size.snapshotGzipBytes)} | ` +
        `${fmt(c.exportMs / 1000, 1)} | ${of((t) => t.graphReadyMs)} | ${of((t) => t.searchMs)} | ${of((t) => t.longestTaskMs)} |`,
    );
  }
  lines.push("", `Timings are min / median / max over ${r.options.runs} runs.`);
  return markSection(OFFLINE_SECTION, lines.join("\n"));
}

// The loading benchmark's BENCHMARKS.md section: longest main-thread task while loading, HEAD against the old way.
import { markSection } from "../markdown-section.ts";
import { fmt, ratioCell, triple } from "../browser/cells.ts";
import type { PageFigures, PageResult } from "../browser/types.ts";
import type { LoadTaskResult } from "./run.ts";

export const LOAD_TASK_SECTION = "load-task";

const figures = (results: readonly PageResult[], pick: (r: PageFigures) => number | null) =>
  triple(results.flatMap((r) => (r.status === "ok" ? [pick(r) ?? Number.NaN] : [])));

const failed = (results: readonly PageResult[]) => {
  const bad = results.filter((r) => r.status !== "ok").length;
  return bad ? ` (${bad} of ${results.length} runs gave no figure)` : "";
};

export function renderLoadTaskReport(r: LoadTaskResult, command: string, date: string): string {
  const longest = (p: PageFigures) => p.longTasks.load.maxMs;
  const lines = [
    "## Loading: longest main-thread task, HEAD against the old way",
    "",
    `\`${command}\` (${date}), HEAD \`${r.head}\` against \`${r.against}\` (the old way), both built from their commits.`,
    "",
    `Chromium ${r.chromium}, headless, 1400×900. One-minute load average ${fmt(r.load1.start, 2)} → ${fmt(r.load1.end, 2)} (other work shares these 2 cores).`,
    "",
    "Each run loads the offline edition with the same snapshot in a fresh page, HEAD and the old way alternating which goes first, then the plain-Sigma page of `bench:browser` (`src/bench/browser/sigma-page.ts`: sigma and graphology only, one `graph.import` of the same file, positions given) as the peer: the renderer's own longest task, the floor under the explorer's on this machine. Longest task: the longest entry of Chromium's Long Tasks API from navigation until the layout is done (big graphs: the worker's layout applied). Figures are min / median / max over the runs.",
    "",
    "| graph | nodes / edges | longest task, HEAD, ms | longest task, old way, ms | old over HEAD, per run | longest task, plain Sigma, ms | HEAD over plain Sigma, per run | first render, HEAD, ms | first render, old way, ms | first render, plain Sigma, ms |",
    "|---|---|---|---|---|---|---|---|---|---|",
  ];
  for (const c of r.cases) {
    const now = c.runs.map(([a]) => a);
    const old = c.runs.map(([, b]) => b);
    const peer = c.plainSigma;
    const overPeer = ratioCell(
      c.runs.map(([a], i): [PageResult, PageResult] => [a, peer[i]!]),
      longest,
      2,
    );
    lines.push(
      `| ${c.name} | ${fmt(c.nodes)} / ${fmt(c.edges)} | ${figures(now, longest)}${failed(now)} | ${figures(old, longest)}${failed(old)} | ${ratioCell(
        c.runs.map(([a, b]) => [b, a]),
        longest,
        2,
      )}× | ${figures(peer, longest)}${failed(peer)} | ${overPeer}× | ${figures(now, (p) => p.firstRenderMs)} | ${figures(old, (p) => p.firstRenderMs)} | ${figures(peer, (p) => p.firstRenderMs)} |`,
    );
  }
  for (const c of r.cases.filter((c) => c.live)) {
    const live = c.live ?? [];
    const overPeer = ratioCell(
      live.map((l, i): [PageResult, PageResult] => [l, c.plainSigma[i]!]),
      longest,
      2,
    );
    lines.push(
      "",
      `Live edition, ${c.name}: HEAD's page over HEAD's API (a private Neo4j holding the article graph, answer cache on), loaded after the offline pages of each run. Longest loading task ${figures(live, longest)}${failed(live)} ms; over plain Sigma's on the same graph, per run, ${overPeer}×; first render ${figures(live, (p) => p.firstRenderMs)} ms. No old way: the old build reads another form of the API's graph answer.`,
    );
  }
  return markSection(LOAD_TASK_SECTION, lines.join("\n"));
}

// The network-measures benchmark's section of BENCHMARKS.md: per size and measure, the worker beside the main thread.
import { markSection } from "../markdown-section.ts";
import { spread } from "../stats.ts";
import type { ApplyFigures, ApplyWay, MeasureFigures, MeasureRun, MetricsBenchResult } from "./run.ts";

export const METRICS_SECTION = "metrics";

const TITLES: Record<string, string> = {
  degree: "degree",
  betweenness: "betweenness",
  pagerank: "PageRank",
  community: "Louvain communities",
};
const n = (x: number) => x.toLocaleString("en");
const ms = (x: number) => n(Math.round(x));

export function renderMetricsReport(r: MetricsBenchResult, command: string, date: string): string {
  const rows: string[] = [];
  for (const size of r.sizes) {
    const measures = size.runs[0]?.map((m) => m.measure) ?? [];
    for (const measure of measures) {
      const of = (pick: (m: MeasureRun) => number) => {
        const s = spread(size.runs.map((run) => pick(run.find((m) => m.measure === measure)!)));
        return size.runs.length === 1 ? ms(s.median) : `${ms(s.min)} / ${ms(s.median)} / ${ms(s.max)}`;
      };
      const w = (pick: (f: MeasureFigures) => number) => of((m) => pick(m.worker));
      const p = (pick: (f: MeasureFigures) => number) => of((m) => pick(m.page));
      const first = size.runs[0]!.find((m) => m.measure === measure)!.worker;
      const note =
        measure === "betweenness"
          ? first.sources === null
            ? "exact"
            : `estimated from ${n(first.sources)} sources`
          : measure === "community"
            ? `${n(first.communities ?? 0)} communities`
            : "";
      const ratio = of((m) => m.page.longestTaskMs / Math.max(1, m.worker.longestTaskMs));
      rows.push(
        `| ${n(size.nodes)} / ${n(size.edges)} | ${TITLES[measure]}${note ? ` (${note})` : ""} | ${w((f) => f.computeMs)} | ${w((f) => f.wallMs)} | **${w((f) => f.longestTaskMs)}** | ${p((f) => f.computeMs)} | **${p((f) => f.longestTaskMs)}** | ${ratio} |`,
      );
    }
  }
  const applyRows = r.sizes.map((size) => {
    const med = (pick: (a: ApplyFigures) => number) => spread(size.applies.map(pick)).median;
    const way = (pick: (a: ApplyFigures) => ApplyWay) =>
      `${ms(med((a) => pick(a).longestTaskMs))} (${ms(med((a) => pick(a).fullFrames))}; ${ms(med((a) => pick(a).stageResizes))})`;
    // No long task at all means under 50 ms (the observer's floor): the ratio is then at least old ÷ 50.
    const ratio = med((a) => a.slices.longestTaskMs / Math.max(50, a.nodes.longestTaskMs));
    const floor = size.applies.some((a) => a.nodes.longestTaskMs === 0) ? "≥ " : "";
    return `| ${n(size.nodes)} / ${n(size.edges)} | **${way((a) => a.nodes)}** | **${way((a) => a.nodesNoResize)}** | ${way((a) => a.slices)} | ${way((a) => a.full)} | ${floor}${ratio.toFixed(1)} | ${ms(med((a) => a.fullFrameMs))} | ${ms(med((a) => a.fullRefreshMs))} |`;
  });
  const worst = Math.max(0, ...r.sizes.flatMap((s) => s.runs.flat().map((m) => m.worker.longestTaskMs)));
  const worstApply = Math.max(
    0,
    ...r.sizes.flatMap((s) => s.applies.flatMap((a) => [a.nodes.longestTaskMs, a.nodesNoResize.longestTaskMs])),
  );
  const runs = r.sizes[0]?.runs.length ?? 0;
  const body = `## Network measures: in a worker vs on the main thread

\`${command}\` (${date})

${r.chromium}; explorer at commit \`${r.commit}\` (its offline edition, a test build for \`window.__explorer\`), graphology-metrics and graphology-communities-louvain. One-minute load average ${r.load1.join(" → ")} over the run (2 cores shared with other work).

How to read it: for each size a graph is generated (\`npm run generate\`'s generator, seed 42) and opened in the offline edition; once it is drawn, laid out and the page has had no long task for 5 s, each measure is computed for the whole graph in view the page's way (\`measures.compute\`: the graph read into index arrays in slices of 20 ms, the worker computes, the values come back as one transferred array), then the rules are applied, then each measure the old way (\`measures.computeOnPage\`: the same code on the main thread), in the same page; the old way runs last so that the garbage it leaves is not collected inside a worker run's window. *Longest task* is the longest main-thread task (PerformanceObserver \`longtask\`, over 50 ms; 0 means none) that overlapped the time from the request to the values being on the page. Times in ms${runs > 1 ? `, min / median / max over ${runs} runs` : `, one run`}.

| nodes / edges | measure | worker: compute | worker: request to values | worker: longest main-thread task | main thread: compute | main thread: longest task | longest task, main thread ÷ worker |
|---|---|---|---|---|---|---|---|
${rows.join("\n")}

Applying the rules once the values are in (size by PageRank and colour by Louvain community switched on together), three ways in the same page (\`restyle.way\`, the rules switched off between two): the page's way (on a big graph the nodes reprocessed a slice of about 16 ms per task, then the nodes' WebGL layer drawn alone, the edges' canvas kept: \`src/client/stage/node-restyle.ts\`, \`nodes-only-draw.ts\`), the previous way (the same slices, each followed by Sigma's full frame, edges included) and the old way (one full Sigma refresh). A fourth column repeats the page's way with the legend's colour note already on screen (colour by community switched on first, then size by PageRank added): the legend is one row of a fixed height (since \`3104e95\`; before, the note's extra line shrank the stage, and a resized canvas loses its pixels, so that change called for a full frame whatever drew the nodes), so both columns should show no resize. Each cell: the longest main-thread task in ms (0: none over 50 ms), and in brackets Sigma's full frames (every layer, all edges) drawn in the 8 s after the change; the stage's resizes meanwhile. Then a bare Sigma frame with nothing to reprocess and a bare \`sigma.refresh()\`, timed${runs > 1 ? " (medians)" : ""}.

| nodes / edges | the page's way: nodes alone | the page's way, the legend's note already shown | previous way: slices + full frames | old way: one full refresh | previous ÷ page's way | a bare full frame | a bare full refresh |
|---|---|---|---|---|---|---|---|
${applyRows.join("\n")}

Against the target (no main-thread task over 100 ms while measuring): the longest task in the worker runs was ${ms(worst)} ms, and while the page applied the rules ${ms(worstApply)} ms.
`;
  return markSection(METRICS_SECTION, body);
}

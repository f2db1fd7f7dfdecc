// Renders the browser benchmark as its own section of BENCHMARKS.md: explorer against vis-network and plain Sigma, size by size.
import { machineInfo } from "../machine.ts";
import { markSection, spliceNamedSection } from "../markdown-section.ts";
import { cell, fmt, median, ok, ratioCell, triple, whyNot } from "./cells.ts";
import type { BigResult, BrowserBenchResult, HubFigures, PageFigures, PageResult, SizeResult } from "./types.ts";

export const SECTION = "browser";
export const TITLE = "## Browser: explorer vs vis-network and plain Sigma";

/** The issue's target for first render against plain Sigma reading the same snapshot (issue 14). */
export const SIGMA_TARGET_RATIO = 1.3;

const maxTask = (r: PageFigures) => Math.max(r.longTasks.load.maxMs, r.longTasks.pan.maxMs);
const size = (s: { nodes: number; edges: number }) => `${fmt(s.nodes)} / ${fmt(s.edges)}`;
const timings = (r: BrowserBenchResult) =>
  new Set(r.sizes.flatMap((s) => ok(s.runs.map((x) => x.explorer)).map((p) => p.timing)));

function intro(r: BrowserBenchResult, command: string, date: string): string[] {
  const m = machineInfo(r.options.root, "–");
  const v = r.versions;
  const marks = timings(r);
  return [
    `\`${command}\` (${date}; ${fmt(r.totalMs / 60_000, 1)} min)`,
    "",
    `Machine: ${m.cores} cores (${m.cpu}), ${m.memoryGiB} GiB, ${m.os}; Node ${m.node}; Chromium ${r.chromium} headless, through playwright-core ${v["playwright-core"]}, with \`--use-angle=swiftshader --enable-unsafe-swiftshader\`; ` +
      `WebGL renderer: \`${r.webglRenderer}\`. sigma ${v.sigma}, graphology ${v.graphology}, vis-network ${v["vis-network"]}, vis-data ${v["vis-data"]}, built with Vite ${v.vite}. ` +
      `One-minute load average ${r.load1.start} at the start and ${r.load1.end} at the end (other work shares these cores).`,
    "",
    "How to read it: for every size a data set is generated (`npm run generate`'s generator, seed " +
      `${r.options.seed}, ${r.options.edgesPerNode} relationships per node) and written once as an offline snapshot; the explorer at commit \`${r.explorerCommit}\` (its offline edition, built from \`git archive\` of that commit the way \`npm run export\` builds it) and a minimal vis-network page ` +
      "and a minimal plain-Sigma page read that same `snapshot.json` from a static server on loopback, each in a fresh browser context of one Chromium (1400 × 900), the three taking turns to go first. " +
      "The vis-network page uses vis-network's standalone UMD build with its own advice for big networks: physics off (its stabilisation runs on the main thread and would freeze the page for many seconds from 10k nodes on), " +
      "`improvedLayout: false`, straight edges, nodes as dots with their name as label and arrows on edges, positions given up front (a sunflower spiral), so it does no layout work at all: that flatters vis-network, never the explorer. " +
      "The plain-Sigma page (`src/bench/browser/sigma-page.ts`, bundled with Vite) is the renderer's own limit: sigma and graphology only, the same spiral positions, one `graph.import`, and the drawing choices the explorer makes at that size (above 500 nodes or 2,500 edges point sprites, one-pixel lines, no edges while moving; above 50,000 edges none drawn), with no reducers, no layout, no panels and no validation; like the explorer, its first frame counted is the one after Sigma's constructor.",
    "",
    `Times are milliseconds from navigation start, taken from the pages' performance marks (\`kg:data-fetched\`, \`kg:graph-built\`, \`kg:first-render\`; the explorer's ${
      marks.has("ready-attribute")
        ? "first render came from the moment `body[data-graph-ready]` was set (its `kg:first-render` mark was missing)"
        : "marks were all present"
    }). *Frames per second* count \`requestAnimationFrame\` callbacks while the stage is dragged with the mouse for ${fmt(r.options.panMs / 1000, 1)} s after the layout has settled; *redraws/s* count the renderer's own draw events (Sigma \`afterRender\`, vis-network \`afterDrawing\`) meanwhile. ` +
      "WebGL here is SwiftShader (drawn by the CPU), so frame rates are relative figures; the CPU-side costs (first render, graph build, long tasks) are the headline. " +
      "Long tasks and long animation frames come from a `PerformanceObserver` installed before the page's own scripts. Heap is the used JS heap after a forced garbage collection. " +
      `Each figure is min / median / max over the runs; ratios are per run (same run, same machine state). A page gets ${fmt(r.options.renderBudgetMs / 1000)} s to draw its first frame.`,
    "",
  ];
}

/** First render and the main thread against plain Sigma: what the explorer adds on top of its renderer. */
export function sigmaComparison(sizes: readonly SizeResult[]): string[] {
  const lines = [
    "### Against plain Sigma (the renderer's own limit; explorer, plain Sigma, ratio explorer ÷ plain Sigma)",
    "",
    `| nodes / edges | runs | time to first render, explorer | plain Sigma | ratio explorer ÷ plain Sigma | within ${SIGMA_TARGET_RATIO}× (median) | graph built (from data fetched), explorer · plain Sigma | longest task while loading, explorer · plain Sigma | fps while panning, plain Sigma | redraws/s, plain Sigma | used heap MB, plain Sigma |`,
    "|---|---|---|---|---|---|---|---|---|---|---|",
  ];
  for (const s of sizes) {
    const e = s.runs.map((r) => r.explorer);
    const p = s.runs.map((r) => r.sigma);
    const pairs = s.runs.map((r) => [r.explorer, r.sigma] as [PageResult, PageResult]);
    const ratio = sigmaRatio(pairs);
    const within = Number.isFinite(ratio) ? (ratio <= SIGMA_TARGET_RATIO ? "yes" : "no") : "–";
    lines.push(
      `| ${size(s)} | ${s.runs.length} | ${cell(e, (x) => x.firstRenderMs)} | ${cell(p, (x) => x.firstRenderMs)} | ${ratioCell(pairs, (x) => x.firstRenderMs, 2)} | ${within} | ${cell(e, (x) => x.buildMs)} · ${cell(p, (x) => x.buildMs)} | ${cell(e, (x) => x.longTasks.load.maxMs)} · ${cell(p, (x) => x.longTasks.load.maxMs)} | ${cell(p, (x) => x.panFps, 2)} | ${cell(p, (x) => x.redrawsPerSecond, 2)} | ${cell(p, (x) => x.heapMB)} |`,
    );
  }
  lines.push("");
  return lines;
}

/** Median over the runs of explorer ÷ plain Sigma first render, paired per run; NaN when no run gave both. */
export function sigmaRatio(pairs: readonly [PageResult, PageResult][]): number {
  const xs = pairs.flatMap(([e, p]) =>
    e.status === "ok" && p.status === "ok" ? [e.firstRenderMs / p.firstRenderMs] : [],
  );
  return xs.length ? median(xs) : Number.NaN;
}

function comparison(sizes: SizeResult[]): string[] {
  const lines = ["### Side by side (nodes / edges; explorer, vis-network, ratio vis-network ÷ explorer)", ""];
  lines.push(
    "| nodes / edges | runs | time to first render, explorer | vis-network | ratio | fps while panning, explorer | vis-network | ratio explorer ÷ vis | redraws/s, explorer | vis-network |",
    "|---|---|---|---|---|---|---|---|---|---|",
  );
  for (const s of sizes) {
    const e = s.runs.map((r) => r.explorer);
    const v = s.runs.map((r) => r.vis);
    const pairs = s.runs.map((r) => [r.vis, r.explorer] as [typeof r.vis, typeof r.explorer]);
    const fpsPairs = s.runs.map((r) => [r.explorer, r.vis] as [typeof r.explorer, typeof r.vis]);
    lines.push(
      `| ${size(s)} | ${s.runs.length} | ${cell(e, (x) => x.firstRenderMs)} | ${cell(v, (x) => x.firstRenderMs)} | ${ratioCell(pairs, (x) => x.firstRenderMs)} | ${cell(e, (x) => x.panFps, 2)} | ${cell(v, (x) => x.panFps, 2)} | ${ratioCell(fpsPairs, (x) => x.panFps)} | ${cell(e, (x) => x.redrawsPerSecond, 2)} | ${cell(v, (x) => x.redrawsPerSecond, 2)} |`,
    );
  }
  lines.push("", "### Main thread and memory (ms unless named; explorer / vis-network)", "");
  lines.push(
    "| nodes / edges | longest task while loading | longest task while panning | long tasks (count, whole page) | longest animation frame while panning | data fetched and parsed | graph built (from data fetched) | used heap, MB |",
    "|---|---|---|---|---|---|---|---|",
  );
  for (const s of sizes) {
    const e = s.runs.map((r) => r.explorer);
    const v = s.runs.map((r) => r.vis);
    const both = (pick: (r: PageFigures) => number | null, digits = 0) =>
      `${cell(e, pick, digits)} · ${cell(v, pick, digits)}`;
    lines.push(
      `| ${size(s)} | ${both((x) => x.longTasks.load.maxMs)} | ${both((x) => x.longTasks.pan.maxMs)} | ${both((x) => x.longTasks.load.count + x.longTasks.pan.count)} | ${both((x) => x.longAnimationFrames.pan.maxMs)} | ${both((x) => x.dataFetchedMs)} | ${both((x) => x.buildMs)} | ${both((x) => x.heapMB)} |`,
    );
  }
  lines.push("", "### Graph payload (the snapshot both pages read)", "");
  lines.push(
    "| nodes / edges | plain MB | gzip MB | bytes per node | bytes per edge | JSON.parse in the page, ms |",
    "|---|---|---|---|---|---|",
  );
  for (const s of sizes) {
    const p = s.payload;
    lines.push(
      `| ${size(s)} | ${fmt(p.plainBytes / 1e6, 2)} | ${fmt(p.gzipBytes / 1e6, 2)} | ${fmt(p.bytesPerNode)} | ${fmt(p.bytesPerEdge)} | ${triple(s.runs.map((r) => r.parseMs))} |`,
    );
  }
  lines.push("");
  return lines;
}

/** "At the frame rate vis-network reaches with N nodes, the explorer draws M": the issue's 10x aim, read off the table. */
export function nodeCountAtSameFps(sizes: SizeResult[]): string[] {
  const fps = (pick: "explorer" | "vis") =>
    sizes.map((s) => ({ nodes: s.nodes, fps: median(ok(s.runs.map((r) => r[pick])).map((x) => x.panFps)) }));
  const explorer = fps("explorer").filter((x) => Number.isFinite(x.fps));
  const lines: string[] = [];
  for (const v of fps("vis")) {
    if (!Number.isFinite(v.fps)) continue;
    if (v.fps === 0) {
      const same = explorer.find((e) => e.nodes === v.nodes);
      lines.push(
        `- vis-network at ${fmt(v.nodes)} nodes: no frame at all during the drag (median); the explorer at the same size: ${same ? `${fmt(same.fps, 2)} fps` : "–"}.`,
      );
      continue;
    }
    const match = explorer.filter((e) => e.fps >= v.fps).sort((a, b) => b.nodes - a.nodes)[0];
    if (!match) {
      lines.push(
        `- vis-network at ${fmt(v.nodes)} nodes: ${fmt(v.fps, 2)} fps (median); the explorer reaches that frame rate at none of the sizes measured.`,
      );
      continue;
    }
    const largest = match.nodes === Math.max(...sizes.map((s) => s.nodes));
    lines.push(
      `- vis-network at ${fmt(v.nodes)} nodes: ${fmt(v.fps, 2)} fps (median); the explorer keeps at least that with ${fmt(match.nodes)} nodes (${fmt(match.fps, 2)} fps): ${largest ? "at least " : ""}${fmt(match.nodes / v.nodes, 1)}× the nodes.`,
    );
  }
  for (const s of sizes) {
    const v = s.runs.map((r) => r.vis);
    if (!ok(v).length) lines.push(`- vis-network at ${fmt(s.nodes)} nodes: ${whyNot(v)}.`);
  }
  return lines.length ? ["### Node count at the same frame rate", "", ...lines, ""] : [];
}

function bigCase(b: BigResult): string[] {
  const pages = b.runs.map((r) => r.page);
  const hubs = b.runs.map((r) => r.hub);
  const good = hubs.filter((h): h is HubFigures => h.status === "ok");
  const first = good[0];
  const lines = [
    `### The explorer alone with ${fmt(b.nodes)} nodes and ${fmt(b.edges)} edges (${b.runs.length} run${b.runs.length === 1 ? "" : "s"})`,
    "",
  ];
  lines.push("| figure | min / median / max |", "|---|---|");
  lines.push(`| time to first render, ms | ${cell(pages, (x) => x.firstRenderMs)} |`);
  lines.push(`| graph built (from data fetched), ms | ${cell(pages, (x) => x.buildMs)} |`);
  lines.push(`| longest task, whole page (load and pan), ms | ${cell(pages, maxTask)} |`);
  lines.push(`| longest task while panning, ms | ${cell(pages, (x) => x.longTasks.pan.maxMs)} |`);
  lines.push(
    `| long tasks while loading: count · total ms | ${cell(pages, (x) => x.longTasks.load.count)} · ${cell(pages, (x) => x.longTasks.load.totalMs)} |`,
  );
  lines.push(
    `| fps while panning · redraws/s | ${cell(pages, (x) => x.panFps, 2)} · ${cell(pages, (x) => x.redrawsPerSecond, 2)} |`,
  );
  lines.push(`| used heap, MB | ${cell(pages, (x) => x.heapMB)} |`);
  if (first) {
    lines.push(
      `| expanding the biggest hub (\`${first.hub}\`, ${fmt(first.degree)} relationships): first page drawn after, ms | ${triple(good.map((h) => h.firstPageMs))} |`,
    );
    lines.push(`| longest task while expanding it, ms | ${triple(good.map((h) => h.longestTaskMs))} |`);
  }
  const bad = hubs.find((h): h is Exclude<typeof h, HubFigures> => h.status !== "ok");
  if (bad)
    lines.push(
      `| expanding the biggest hub | ${whyNot([bad])} in ${hubs.length - good.length} of ${hubs.length} runs |`,
    );
  lines.push(
    "",
    `Payload: ${fmt(b.payload.plainBytes / 1e6, 1)} MB plain, ${fmt(b.payload.gzipBytes / 1e6, 1)} MB gzip (${fmt(b.payload.bytesPerNode)} bytes per node, ${fmt(b.payload.bytesPerEdge)} per edge).`,
  );
  if (first)
    lines.push(
      `The hub opens with only itself in view (\`?nodes=${first.hub}&sel=${first.hub}\`), then its panel's *Expand* button is clicked; the first page reads "${first.shown}".`,
    );
  lines.push("");
  return lines;
}

export function renderBrowserReport(
  r: BrowserBenchResult,
  command: string,
  date: string,
  notes: string[] = [],
): string {
  const lines = [
    TITLE,
    "",
    ...intro(r, command, date),
    ...comparison(r.sizes),
    ...sigmaComparison(r.sizes),
    ...nodeCountAtSameFps(r.sizes),
  ];
  if (r.big) lines.push(...bigCase(r.big));
  if (notes.length) lines.push(...notes, "");
  return markSection(SECTION, lines.join("\n"));
}

/** Replaces only this section of BENCHMARKS.md (or appends it); read the file right before calling. */
export function spliceBrowserSection(document: string, section: string): string {
  return spliceNamedSection(document, SECTION, section);
}

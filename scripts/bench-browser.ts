// `npm run bench:browser`: the explorer against minimal vis-network and plain-Sigma pages in headless Chromium; writes its BENCHMARKS.md section.
import { join } from "node:path";
import { projectRoot } from "../src/server/config/project-root.ts";
import { benchArgs, numberListOption, numberOption, publishSection, textOption } from "../src/bench/cli-options.ts";
import { runBrowserBench } from "../src/bench/browser/run.ts";
import { renderBrowserReport, SECTION } from "../src/bench/browser/report.ts";
import { browserFigures } from "../src/bench/summary/part-figures.ts";
import { recordFigures } from "../src/bench/summary/record.ts";
import { runCli } from "./cli.ts";

// The pan measurement reads node positions through window.__explorer, which only a test build has (vite.config.ts).
process.env.EXPLORER_TEST_HOOKS = "1";

await runCli(async () => {
  const args = benchArgs({
    script: "bench:browser",
    about: `For each size, the explorer, a vis-network page and a plain-Sigma page draw the same generated graph in headless Chromium:
time to first render, frames per second while panning, long tasks, heap, payload bytes and parse time.`,
    writes: SECTION,
    options: {
      sizes: numberListOption("1000,10000,50000,100000"),
      "edges-per-node": numberOption("5"),
      runs: numberOption("3"),
      big: textOption("100000:500000", {
        help: `the explorer alone on this many nodes:edges, with the biggest hub expanded ("none" to skip);
when it equals a compared size, that size's explorer pages are reused`,
      }),
      "big-runs": numberOption(undefined, { hint: "R", help: "runs of the big graph (default: --runs)" }),
      seed: numberOption("42"),
      budget: numberOption("120", {
        whole: false,
        help: `seconds a page gets to draw its first frame before it counts as "did not render"`,
      }),
      pan: numberOption("3", { whole: false, help: "seconds of panning measured" }),
    },
  });
  if (!args) return;
  const v = args.values;
  const [bigNodes = "", bigEdges = ""] = v.big.split(":");
  const root = projectRoot();
  const started = new Date();
  const result = await runBrowserBench({
    root,
    workDir: join(root, ".data", "bench-browser"),
    sizes: v.sizes,
    edgesPerNode: v["edges-per-node"],
    runs: v.runs,
    seed: v.seed,
    big: v.big === "none" ? null : { nodes: args.num("big", bigNodes), edges: args.num("big", bigEdges) },
    bigRuns: v["big-runs"] ?? v.runs,
    renderBudgetMs: v.budget * 1000,
    panMs: v.pan * 1000,
    log: (line) => console.log(line),
  });
  recordFigures(browserFigures(result));
  const section = renderBrowserReport(result, args.command, started.toISOString().slice(0, 10));
  await publishSection(root, SECTION, section, args.write);
});

// `npm run bench:browser`: the explorer against a minimal vis-network page in headless Chromium; writes its BENCHMARKS.md section.
import { join } from "node:path";
import { parseArgs } from "node:util";
import { projectRoot } from "../src/server/config/project-root.ts";
import { benchCommand, numberOptions, publishSection } from "../src/bench/cli-options.ts";
import { runBrowserBench } from "../src/bench/browser/run.ts";
import { renderBrowserReport, SECTION } from "../src/bench/browser/report.ts";
import { runCli } from "./cli.ts";

// The pan measurement reads node positions through window.__explorer, which only a test build has (vite.config.ts).
process.env.EXPLORER_TEST_HOOKS = "1";

const USAGE = `usage: npm run bench:browser -- [--sizes 1000,10000,50000,100000] [--edges-per-node 5] [--runs 3]
                                [--big 100000:500000] [--big-runs R] [--seed S] [--budget SECONDS] [--pan SECONDS] [--write]
  For each size, the explorer and a vis-network page draw the same generated graph in headless Chromium:
  time to first render, frames per second while panning, long tasks, heap, payload bytes and parse time.
  --big     the explorer alone on this many nodes:edges, with the biggest hub expanded ("none" to skip);
            when it equals a compared size, that size's explorer pages are reused
  --budget  seconds a page gets to draw its first frame before it counts as "did not render" (default 120)
  --write   put the figures into BENCHMARKS.md (its browser section; other sections stay)`;

const num = numberOptions(USAGE);

await runCli(async () => {
  const { values: v } = parseArgs({
    options: {
      sizes: { type: "string", default: "1000,10000,50000,100000" },
      "edges-per-node": { type: "string", default: "5" },
      runs: { type: "string", default: "3" },
      big: { type: "string", default: "100000:500000" },
      "big-runs": { type: "string" },
      seed: { type: "string", default: "42" },
      budget: { type: "string", default: "120" },
      pan: { type: "string", default: "3" },
      write: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (v.help) return console.log(USAGE);
  const [bigNodes = "", bigEdges = ""] = v.big.split(":");
  const runs = num("runs", v.runs);
  const root = projectRoot();
  const started = new Date();
  const result = await runBrowserBench({
    root,
    workDir: join(root, ".data", "bench-browser"),
    sizes: v.sizes
      .split(",")
      .filter(Boolean)
      .map((x) => num("sizes", x)),
    edgesPerNode: num("edges-per-node", v["edges-per-node"]),
    runs,
    seed: num("seed", v.seed),
    big: v.big === "none" ? null : { nodes: num("big", bigNodes), edges: num("big", bigEdges) },
    bigRuns: v["big-runs"] ? num("big-runs", v["big-runs"]) : runs,
    renderBudgetMs: num("budget", v.budget, { whole: false }) * 1000,
    panMs: num("pan", v.pan, { whole: false }) * 1000,
    log: (line) => console.log(line),
  });
  const section = renderBrowserReport(result, benchCommand("bench:browser"), started.toISOString().slice(0, 10));
  await publishSection(root, SECTION, section, v.write);
});

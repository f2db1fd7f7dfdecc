// `npm run bench:browser`: the explorer against a minimal vis-network page in headless Chromium; writes its BENCHMARKS.md section.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { projectRoot } from "../src/server/db/resolve.ts";
import { BadRequestError } from "../src/server/errors.ts";
import { runBrowserBench } from "../src/server/bench/browser/run.ts";
import { renderBrowserReport, spliceBrowserSection } from "../src/server/bench/browser/report.ts";
import { runCli } from "./cli.ts";

const USAGE = `usage: npm run bench:browser -- [--sizes 1000,10000,50000,100000] [--edges-per-node 5] [--runs 3]
                                [--big 100000:500000] [--big-runs R] [--seed S] [--budget SECONDS] [--pan SECONDS] [--write]
  For each size, the explorer and a vis-network page draw the same generated graph in headless Chromium:
  time to first render, frames per second while panning, long tasks, heap, payload bytes and parse time.
  --big     the explorer alone on this many nodes:edges, with the biggest hub expanded ("none" to skip);
            when it equals a compared size, that size's explorer pages are reused
  --budget  seconds a page gets to draw its first frame before it counts as "did not render" (default 120)
  --write   put the figures into BENCHMARKS.md (its browser section; other sections stay)`;

const num = (name: string, v: string) => {
  const n = Number(v.replace(/_/g, ""));
  if (!Number.isFinite(n) || n <= 0) throw new BadRequestError(`--${name} must be a positive number, got ${v}\n${USAGE}`);
  return n;
};
const whole = (name: string, v: string) => {
  const n = num(name, v);
  if (!Number.isInteger(n)) throw new BadRequestError(`--${name} must be a whole number, got ${v}\n${USAGE}`);
  return n;
};

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
  const runs = whole("runs", v.runs);
  const root = projectRoot();
  const started = new Date();
  const result = await runBrowserBench({
    root,
    workDir: join(root, ".data", "bench-browser"),
    sizes: v.sizes.split(",").filter(Boolean).map((x) => whole("sizes", x)),
    edgesPerNode: whole("edges-per-node", v["edges-per-node"]),
    runs,
    seed: whole("seed", v.seed),
    big: v.big === "none" ? null : { nodes: whole("big", bigNodes), edges: whole("big", bigEdges) },
    bigRuns: v["big-runs"] ? whole("big-runs", v["big-runs"]) : runs,
    renderBudgetMs: num("budget", v.budget) * 1000,
    panMs: num("pan", v.pan) * 1000,
    log: (line) => console.log(line),
  });
  const command = `npm run bench:browser -- ${process.argv.slice(2).filter((a) => a !== "--write").join(" ")}`.trim();
  const section = renderBrowserReport(result, command, started.toISOString().slice(0, 10));
  console.log(`\n${section}`);
  if (v.write) {
    // Read right before writing: other sections of this shared file may have changed meanwhile.
    const file = join(root, "BENCHMARKS.md");
    await writeFile(file, spliceBrowserSection(await readFile(file, "utf8"), section));
    console.log(`\nWrote the browser section of ${file}`);
  }
});

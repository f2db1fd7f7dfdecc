// `npm run bench:metrics`: network measures (degree, betweenness, PageRank, Louvain) in real Chromium at 10k and 100k
// nodes, in the metrics worker and on the main thread in the same run; writes BENCHMARKS.md with --write.
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { benchCommand, numberOptions, publishSection } from "../src/bench/cli-options.ts";
import { METRICS_SECTION, renderMetricsReport } from "../src/bench/metrics/report.ts";
import { runMetricsBench } from "../src/bench/metrics/run.ts";
import { projectRoot } from "../src/server/config/project-root.ts";
import { runCli } from "./cli.ts";
import { NETWORK_MEASURES } from "../src/shared/index.ts";

const USAGE = `usage: npm run bench:metrics -- [--sizes 10000,100000] [--measures degree,betweenness,pagerank,community] [--edges-per-node 5] [--runs 1] [--seed 42] [--write]
  Builds the committed explorer (test build), opens a generated graph of each size in its offline edition in
  Chromium, and computes each measure in the worker and on the main thread.
  --measures  the measures timed (default all); PageRank and communities are computed anyway for the rules applied
  --write  put the figures into BENCHMARKS.md (its metrics section; other sections stay)`;

const num = numberOptions(USAGE);

await runCli(async () => {
  const { values: v } = parseArgs({
    options: {
      sizes: { type: "string", default: "10000,100000" },
      measures: { type: "string", default: NETWORK_MEASURES.join(",") },
      "edges-per-node": { type: "string", default: "5" },
      runs: { type: "string", default: "1" },
      seed: { type: "string", default: "42" },
      write: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (v.help) return console.log(USAGE);
  const root = projectRoot();
  const started = new Date();
  const result = await runMetricsBench({
    root,
    workDir: join(tmpdir(), "kg-bench-metrics"),
    sizes: v.sizes.split(",").map((s) => num("sizes", s.trim())),
    edgesPerNode: num("edges-per-node", v["edges-per-node"]),
    runs: num("runs", v.runs),
    seed: num("seed", v.seed),
    measures: v.measures.split(",").map((m) => {
      const measure = NETWORK_MEASURES.find((known) => known === m.trim());
      if (!measure) throw new Error(`--measures: "${m}" is not one of ${NETWORK_MEASURES.join(", ")}`);
      return measure;
    }),
    log: (line) => console.log(line),
  });
  const section = renderMetricsReport(result, benchCommand("bench:metrics"), started.toISOString().slice(0, 10));
  await publishSection(root, METRICS_SECTION, section, v.write);
});

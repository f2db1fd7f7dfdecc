// `npm run bench:metrics`: network measures (degree, betweenness, PageRank, Louvain) in real Chromium at 10k and 100k
// nodes, in the metrics worker and on the main thread in the same run; writes BENCHMARKS.md with --write.
import { tmpdir } from "node:os";
import { join } from "node:path";
import { benchArgs, numberListOption, numberOption, publishSection, textOption } from "../src/bench/cli-options.ts";
import { BadRequestError } from "../src/server/errors.ts";
import { METRICS_SECTION, renderMetricsReport } from "../src/bench/metrics/report.ts";
import { runMetricsBench } from "../src/bench/metrics/run.ts";
import { projectRoot } from "../src/server/config/project-root.ts";
import { runCli } from "./cli.ts";
import { NETWORK_MEASURES } from "../src/shared/index.ts";

await runCli(async () => {
  const args = benchArgs({
    script: "bench:metrics",
    about: `Builds the committed explorer (test build), opens a generated graph of each size in its offline edition in
Chromium, and computes each measure in the worker and on the main thread.`,
    writes: METRICS_SECTION,
    options: {
      sizes: numberListOption("10000,100000"),
      "edges-per-node": numberOption("5"),
      runs: numberOption("1"),
      seed: numberOption("42"),
      measures: textOption(NETWORK_MEASURES.join(","), {
        help: "the measures timed (default all); PageRank and communities are computed anyway for the rules applied",
      }),
    },
  });
  if (!args) return;
  const { sizes, "edges-per-node": edgesPerNode, runs, seed } = args.values;
  const root = projectRoot();
  const started = new Date();
  const result = await runMetricsBench({
    root,
    workDir: join(tmpdir(), "kg-bench-metrics"),
    sizes,
    edgesPerNode,
    runs,
    seed,
    measures: args.values.measures.split(",").map((m) => {
      const measure = NETWORK_MEASURES.find((known) => known === m.trim());
      if (!measure) throw new BadRequestError(`--measures: "${m}" is not one of ${NETWORK_MEASURES.join(", ")}`);
      return measure;
    }),
    log: (line) => console.log(line),
  });
  const section = renderMetricsReport(result, args.command, started.toISOString().slice(0, 10));
  await publishSection(root, METRICS_SECTION, section, args.write);
});

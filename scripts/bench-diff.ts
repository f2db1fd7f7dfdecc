// `npm run bench:diff`: time and memory of `npm run diff` on a generated graph and a copy with 1% of its facts
// changed, beside the two loads alone; writes BENCHMARKS.md with --write.
import { benchArgs, numberOption, publishSection, textOption } from "../src/bench/cli-options.ts";
import { renderDiffReport, DIFF_SECTION } from "../src/bench/diff/report.ts";
import { runDiffBench } from "../src/bench/diff/run.ts";
import { projectRoot } from "../src/server/config/project-root.ts";
import { runCli } from "./cli.ts";

await runCli(async () => {
  const args = benchArgs({
    script: "bench:diff",
    about: `Generates A (cached under .data/generated), writes B = A with 1% of its facts changed, and diffs them with the
command's own code in a scratch Neo4j (port 7796, removed afterwards); dev and test data are never touched.`,
    writes: DIFF_SECTION,
    options: {
      entities: numberOption("100000"),
      relationships: numberOption("1000000"),
      seed: numberOption("42"),
      runs: numberOption("3"),
      heap: textOption("2g"),
      pagecache: textOption("1g"),
    },
  });
  if (!args) return;
  const root = projectRoot();
  const started = new Date();
  const result = await runDiffBench({ root, ...args.values, log: (line) => console.log(line) });
  const section = renderDiffReport(result, args.command, started.toISOString().slice(0, 10));
  await publishSection(root, DIFF_SECTION, section, args.write);
});

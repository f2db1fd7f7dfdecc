// `npm run bench:diff`: time and memory of `npm run diff` on a generated graph and a copy with 1% of its facts
// changed, beside the two loads alone; writes BENCHMARKS.md with --write.
import { parseArgs } from "node:util";
import { benchCommand, numberOptions, publishSection } from "../src/bench/cli-options.ts";
import { renderDiffReport, DIFF_SECTION } from "../src/bench/diff/report.ts";
import { runDiffBench } from "../src/bench/diff/run.ts";
import { projectRoot } from "../src/server/config/project-root.ts";
import { runCli } from "./cli.ts";

const USAGE = `usage: npm run bench:diff -- [--entities 100000] [--relationships 1000000] [--seed 42] [--runs 3] [--heap 2g] [--pagecache 1g] [--write]
  Generates A (cached under .data/generated), writes B = A with 1% of its facts changed, and diffs them with the
  command's own code in a scratch Neo4j (port 7796, removed afterwards); dev and test data are never touched.
  --write  put the figures into BENCHMARKS.md (its diff section; other sections stay)`;

const num = numberOptions(USAGE);

await runCli(async () => {
  const { values: v } = parseArgs({
    options: {
      entities: { type: "string", default: "100000" },
      relationships: { type: "string", default: "1000000" },
      seed: { type: "string", default: "42" },
      runs: { type: "string", default: "3" },
      heap: { type: "string", default: "2g" },
      pagecache: { type: "string", default: "1g" },
      write: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (v.help) return console.log(USAGE);
  const root = projectRoot();
  const started = new Date();
  const result = await runDiffBench({
    root,
    entities: num("entities", v.entities),
    relationships: num("relationships", v.relationships),
    seed: num("seed", v.seed),
    runs: num("runs", v.runs),
    heap: v.heap,
    pagecache: v.pagecache,
    log: (line) => console.log(line),
  });
  const section = renderDiffReport(result, benchCommand("bench:diff"), started.toISOString().slice(0, 10));
  await publishSection(root, DIFF_SECTION, section, v.write);
});

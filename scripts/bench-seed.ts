// `npm run bench:seed`: the article seed pipelined vs one statement at a time, in one run; writes BENCHMARKS.md.
import { projectRoot } from "../src/server/config/project-root.ts";
import { benchArgs, numberOption, publishSection } from "../src/bench/cli-options.ts";
import { runSeedBench } from "../src/bench/seed/run.ts";
import { renderSeedReport, SEED_SECTION } from "../src/bench/seed/report.ts";
import { seedFigures } from "../src/bench/summary/part-figures.ts";
import { recordFigures } from "../src/bench/summary/record.ts";
import { runCli } from "./cli.ts";

await runCli(async () => {
  const args = benchArgs({
    script: "bench:seed",
    about:
      "A private Neo4j (.data/neo4j-bench-seed, port 7797 or --port) is created, used and deleted; dev and test data are never touched.",
    writes: SEED_SECTION,
    options: { rounds: numberOption("5"), port: numberOption("7797", { help: "the private Neo4j's Bolt port" }) },
  });
  if (!args) return;
  const root = projectRoot();
  const { rounds, port } = args.values;
  const result = await runSeedBench({ root, rounds, port, log: (line) => console.log(line) });
  recordFigures(seedFigures(result));
  const date = new Date().toISOString().slice(0, 10);
  await publishSection(root, SEED_SECTION, renderSeedReport(result, args.command, date, rounds), args.write);
});

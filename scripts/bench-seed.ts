// `npm run bench:seed`: the article seed pipelined vs one statement at a time, in one run; writes BENCHMARKS.md.
import { parseArgs } from "node:util";
import { projectRoot } from "../src/server/config/project-root.ts";
import { benchCommand, numberOptions, publishSection } from "../src/bench/cli-options.ts";
import { runSeedBench } from "../src/bench/seed/run.ts";
import { renderSeedReport, SEED_SECTION } from "../src/bench/seed/report.ts";
import { runCli } from "./cli.ts";

const USAGE = `usage: npm run bench:seed -- [--rounds 5] [--write]
  A private Neo4j (.data/neo4j-bench-seed, port 7797) is created, used and deleted; dev and test data are never touched.
  --write  put the figures into BENCHMARKS.md (its seed section; other sections stay)`;

const num = numberOptions(USAGE);

await runCli(async () => {
  const { values: v } = parseArgs({
    options: {
      rounds: { type: "string", default: "5" },
      write: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (v.help) return console.log(USAGE);
  const root = projectRoot();
  const rounds = num("rounds", v.rounds);
  const result = await runSeedBench({ root, rounds, log: (line) => console.log(line) });
  const date = new Date().toISOString().slice(0, 10);
  await publishSection(root, SEED_SECTION, renderSeedReport(result, benchCommand("bench:seed"), date, rounds), v.write);
});

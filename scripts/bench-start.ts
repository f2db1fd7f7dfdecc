// `npm run bench:start`: `npm start` until ready, Neo4j not running, HEAD against an older commit, alternating.
import { join } from "node:path";
import { projectRoot } from "../src/server/config/project-root.ts";
import { benchArgs, numberOption, publishSection, textOption } from "../src/bench/cli-options.ts";
import { runStartBench } from "../src/bench/start/run.ts";
import { renderStartReport, START_SECTION } from "../src/bench/start/report.ts";
import { startFigures } from "../src/bench/summary/part-figures.ts";
import { recordFigures } from "../src/bench/summary/record.ts";
import { runCli } from "./cli.ts";

await runCli(async () => {
  const args = benchArgs({
    script: "bench:start",
    about: `Extracts HEAD and --against (git archive) into .data/bench-start, and times each one's npm start from the
command to its ready line, with its data present and its Neo4j stopped, alternating run after run.`,
    writes: START_SECTION,
    options: {
      against: textOption("HEAD~1", { help: "the commit measured as the old way" }),
      runs: numberOption("5"),
      timeout: numberOption("120", { help: "seconds one start may take" }),
      "neo4j-port": numberOption("7881", { help: "Bolt port of HEAD's Neo4j; the old way's is this + 2" }),
      port: numberOption("5281", { help: "the explorer's port for HEAD; the old way's is this + 1" }),
    },
  });
  if (!args) return;
  const v = args.values;
  const root = projectRoot();
  const result = await runStartBench({
    root,
    workDir: join(root, ".data", "bench-start"),
    against: v.against,
    runs: v.runs,
    timeoutS: v.timeout,
    neo4jPort: v["neo4j-port"],
    port: v.port,
    log: console.log,
  });
  recordFigures(startFigures(result));
  const section = renderStartReport(result, args.command, new Date().toISOString().slice(0, 10));
  console.log(`\n${section}`);
  await publishSection(root, START_SECTION, section, args.write);
});

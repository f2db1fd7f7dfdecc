// `npm run bench:search`: search latency with and without the explorer's full-text index; writes BENCHMARKS.md.
import { projectRoot } from "../src/server/config/project-root.ts";
import { benchArgs, numberOption, publishSection } from "../src/bench/cli-options.ts";
import { markSection } from "../src/bench/markdown-section.ts";
import { renderSearchBench, runSearchBench } from "../src/bench/search-index.ts";
import { searchFigures } from "../src/bench/summary/part-figures.ts";
import { recordFigures } from "../src/bench/summary/record.ts";
import { runCli } from "./cli.ts";

await runCli(async () => {
  const args = benchArgs({
    script: "bench:search",
    about: "A private Neo4j (.data/neo4j-bench-search, port 7793 or --port) is created, used and deleted.",
    writes: "search",
    options: {
      entities: numberOption("10000"),
      relationships: numberOption("50000"),
      seed: numberOption("42"),
      names: numberOption("40", { help: "names searched for, in three queries each" }),
      rounds: numberOption("2"),
      port: numberOption("7793", { help: "the private Neo4j's Bolt port" }),
    },
  });
  if (!args) return;
  const root = projectRoot();
  const result = await runSearchBench({ root, ...args.values, log: console.log });
  result.command = args.command;
  recordFigures(searchFigures(result));
  await publishSection(root, "search", markSection("search", renderSearchBench(result)), args.write);
});

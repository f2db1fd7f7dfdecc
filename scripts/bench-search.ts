// `npm run bench:search`: search latency with and without the explorer's full-text index; writes BENCHMARKS.md.
import { parseArgs } from "node:util";
import { projectRoot } from "../src/server/config/project-root.ts";
import { benchCommand, numberOptions, publishSection } from "../src/bench/cli-options.ts";
import { markSection } from "../src/bench/markdown-section.ts";
import { renderSearchBench, runSearchBench } from "../src/bench/search-index.ts";
import { runCli } from "./cli.ts";

const USAGE = `usage: npm run bench:search -- [--entities N] [--relationships M] [--seed S] [--names K] [--rounds R] [--write]
  Defaults: 10000 entities, 50000 relationships, seed 42, 40 names (120 queries), 2 rounds.
  A private Neo4j (.data/neo4j-bench-search, port 7793) is created, used and deleted.
  --write  put the figures into BENCHMARKS.md (its search section; other sections stay)`;

await runCli(async () => {
  const { values } = parseArgs({
    options: {
      entities: { type: "string", default: "10000" },
      relationships: { type: "string", default: "50000" },
      seed: { type: "string", default: "42" },
      names: { type: "string", default: "40" },
      rounds: { type: "string", default: "2" },
      write: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) return console.log(USAGE);
  const num = numberOptions(USAGE);
  const root = projectRoot();
  const result = await runSearchBench({
    root,
    entities: num("entities", values.entities),
    relationships: num("relationships", values.relationships),
    seed: num("seed", values.seed),
    names: num("names", values.names),
    rounds: num("rounds", values.rounds),
    log: console.log,
  });
  result.command = benchCommand("bench:search");
  await publishSection(root, "search", markSection("search", renderSearchBench(result)), values.write);
});

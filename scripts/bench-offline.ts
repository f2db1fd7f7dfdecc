// `npm run bench:offline`: size and time to interactive of the offline edition, for the article graph and a synthetic one.
import { parseArgs } from "node:util";
import { projectRoot } from "../src/server/config/project-root.ts";
import { benchCommand, numberOptions, publishSection } from "../src/bench/cli-options.ts";
import { renderOfflineReport, OFFLINE_SECTION } from "../src/bench/offline/report.ts";
import { runOfflineBench } from "../src/bench/offline/run.ts";
import { runCli } from "./cli.ts";

const USAGE = `usage: npm run bench:offline -- [--runs 3] [--entities 10000] [--relationships 50000] [--seed 42] [--write]
  A private Neo4j (.data/neo4j-bench-offline, port 7793) is created, used and deleted; dev and test data are never touched.
  --write  put the figures into BENCHMARKS.md (its offline section; other sections stay)`;

const num = numberOptions(USAGE);

await runCli(async () => {
  const { values: v } = parseArgs({
    options: {
      runs: { type: "string", default: "3" },
      entities: { type: "string", default: "10000" },
      relationships: { type: "string", default: "50000" },
      seed: { type: "string", default: "42" },
      write: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (v.help) return console.log(USAGE);
  const root = projectRoot();
  const started = new Date();
  const result = await runOfflineBench({
    root,
    runs: num("runs", v.runs),
    synthetic: {
      entities: num("entities", v.entities),
      relationships: num("relationships", v.relationships),
      seed: num("seed", v.seed),
    },
    log: (line) => console.log(line),
  });
  const section = renderOfflineReport(result, benchCommand("bench:offline"), started.toISOString().slice(0, 10));
  await publishSection(root, OFFLINE_SECTION, section, v.write);
});

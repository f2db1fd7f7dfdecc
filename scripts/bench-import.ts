// `npm run bench:import`: a fresh local database loaded with Neo4j's offline importer vs UNWIND batches, in one run.
import { parseArgs } from "node:util";
import { projectRoot } from "../src/server/config/project-root.ts";
import { benchCommand, numberOptions, publishSection } from "../src/bench/cli-options.ts";
import { runImportBench } from "../src/bench/import/run.ts";
import { IMPORT_SECTION, renderImportReport } from "../src/bench/import/report.ts";
import { runCli } from "./cli.ts";

const USAGE = `usage: npm run bench:import -- [--entities N] [--relationships M] [--seed S] [--rounds R] [--heap 2g] [--pagecache 1g] [--write]
  Defaults: 100000 entities, 1000000 relationships, seed 42, 1 round (each round loads both ways).
  A private Neo4j (.data/neo4j-bench-import, port 7798) is created, used and deleted; dev and test data are never touched.
  --write  put the figures into BENCHMARKS.md (its import section; other sections stay)`;

const num = numberOptions(USAGE);

await runCli(async () => {
  const { values: v } = parseArgs({
    options: {
      entities: { type: "string", default: "100000" },
      relationships: { type: "string", default: "1000000" },
      seed: { type: "string", default: "42" },
      rounds: { type: "string", default: "1" },
      heap: { type: "string", default: "2g" },
      pagecache: { type: "string", default: "1g" },
      write: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (v.help) return console.log(USAGE);
  const root = projectRoot();
  const rounds = num("rounds", v.rounds);
  const result = await runImportBench({
    root,
    entities: num("entities", v.entities),
    relationships: num("relationships", v.relationships),
    seed: num("seed", v.seed),
    rounds,
    heap: v.heap,
    pagecache: v.pagecache,
    log: (line) => console.log(line),
  });
  const date = new Date().toISOString().slice(0, 10);
  await publishSection(
    root,
    IMPORT_SECTION,
    renderImportReport(result, benchCommand("bench:import"), date, rounds),
    v.write,
  );
});

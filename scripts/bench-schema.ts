// `npm run bench:schema`: schema discovery and perspective generation time on a generated big graph; writes BENCHMARKS.md.
import { parseArgs } from "node:util";
import { projectRoot } from "../src/server/config/project-root.ts";
import { benchCommand, numberOptions, publishSection } from "../src/bench/cli-options.ts";
import { runSchemaBench } from "../src/bench/schema/run.ts";
import { renderSchemaReport, SCHEMA_SECTION } from "../src/bench/schema/report.ts";
import { runCli } from "./cli.ts";

const USAGE = `usage: npm run bench:schema -- [--entities 100000] [--relationships 1000000] [--seed 42] [--rounds 5] [--write]
  A private Neo4j (.data/neo4j-bench-schema, port 7795) is created, used and deleted; dev and test data are never touched.
  --write  put the figures into BENCHMARKS.md (its schema section; other sections stay)`;

const num = numberOptions(USAGE);

await runCli(async () => {
  const { values: v } = parseArgs({
    options: {
      entities: { type: "string", default: "100000" },
      relationships: { type: "string", default: "1000000" },
      seed: { type: "string", default: "42" },
      rounds: { type: "string", default: "5" },
      write: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (v.help) return console.log(USAGE);
  const root = projectRoot();
  const started = new Date();
  const result = await runSchemaBench({
    root,
    entities: num("entities", v.entities),
    relationships: num("relationships", v.relationships),
    seed: num("seed", v.seed),
    rounds: num("rounds", v.rounds),
    log: (line) => console.log(line),
  });
  const section = renderSchemaReport(result, benchCommand("bench:schema"), started.toISOString().slice(0, 10));
  await publishSection(root, SCHEMA_SECTION, section, v.write);
});

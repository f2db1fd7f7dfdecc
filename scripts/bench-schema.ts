// `npm run bench:schema`: schema discovery and perspective generation time on a generated big graph; writes BENCHMARKS.md.
import { projectRoot } from "../src/server/config/project-root.ts";
import { benchArgs, numberOption, publishSection } from "../src/bench/cli-options.ts";
import { runSchemaBench } from "../src/bench/schema/run.ts";
import { renderSchemaReport, SCHEMA_SECTION } from "../src/bench/schema/report.ts";
import { runCli } from "./cli.ts";

await runCli(async () => {
  const args = benchArgs({
    script: "bench:schema",
    about:
      "A private Neo4j (.data/neo4j-bench-schema, port 7795 or --port) is created, used and deleted; dev and test data are never touched.",
    writes: SCHEMA_SECTION,
    options: {
      entities: numberOption("100000"),
      relationships: numberOption("1000000"),
      seed: numberOption("42"),
      rounds: numberOption("5"),
      port: numberOption("7795"),
    },
  });
  if (!args) return;
  const root = projectRoot();
  const started = new Date();
  const result = await runSchemaBench({ root, ...args.values, log: (line) => console.log(line) });
  const section = renderSchemaReport(result, args.command, started.toISOString().slice(0, 10));
  await publishSection(root, SCHEMA_SECTION, section, args.write);
});

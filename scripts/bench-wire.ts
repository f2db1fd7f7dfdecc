// `npm run bench:wire`: a big first view over HTTP in the JSON form and the compact form, in one run; writes BENCHMARKS.md.
import { projectRoot } from "../src/server/config/project-root.ts";
import { benchArgs, numberListOption, numberOption, publishSection } from "../src/bench/cli-options.ts";
import { runWireBench } from "../src/bench/wire/run.ts";
import { renderWireReport, WIRE_SECTION } from "../src/bench/wire/report.ts";
import { wireFigures } from "../src/bench/summary/part-figures.ts";
import { recordFigures } from "../src/bench/summary/record.ts";
import { runCli } from "./cli.ts";

await runCli(async () => {
  const args = benchArgs({
    script: "bench:wire",
    about:
      "A private Neo4j (.data/neo4j-bench-wire, port 7799 or --port) is created, used and deleted; dev and test data are never touched.",
    writes: WIRE_SECTION,
    options: {
      entities: numberOption("10000"),
      relationships: numberOption("50000", { positive: false }),
      sizes: numberListOption("1000,10000"),
      rounds: numberOption("5"),
      seed: numberOption("42", { positive: false }),
      port: numberOption("7799", { help: "the private Neo4j's Bolt port (the next free one when taken)" }),
    },
  });
  if (!args) return;
  const root = projectRoot();
  const v = args.values;
  const result = await runWireBench({ root, ...v, log: (line) => console.log(line) });
  recordFigures(wireFigures(result));
  const date = new Date().toISOString().slice(0, 10);
  await publishSection(root, WIRE_SECTION, renderWireReport(result, args.command, date, v), args.write);
});

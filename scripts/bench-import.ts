// `npm run bench:import`: a fresh local database loaded with Neo4j's offline importer vs UNWIND batches, in one run.
import { projectRoot } from "../src/server/config/project-root.ts";
import { benchArgs, numberOption, publishSection, textOption } from "../src/bench/cli-options.ts";
import { runImportBench } from "../src/bench/import/run.ts";
import { IMPORT_SECTION, renderImportReport } from "../src/bench/import/report.ts";
import { importFigures } from "../src/bench/summary/part-figures.ts";
import { recordFigures } from "../src/bench/summary/record.ts";
import { runCli } from "./cli.ts";

await runCli(async () => {
  const args = benchArgs({
    script: "bench:import",
    about: `Each round loads the same generated data set four ways: the importer into a running, empty database, the
importer before Neo4j's first start (with its class-data sharing archive and unsigned jars, and the old way, without),
and UNWIND batches (each round starts with another).
A private Neo4j (.data/neo4j-bench-import, on --port) is created, used and deleted; dev and test data are never touched.`,
    writes: IMPORT_SECTION,
    options: {
      entities: numberOption("100000"),
      relationships: numberOption("1000000"),
      seed: numberOption("42"),
      rounds: numberOption("1"),
      heap: textOption("2g"),
      pagecache: textOption("1g"),
      port: numberOption("7798", { help: "Bolt port of the private Neo4j" }),
    },
  });
  if (!args) return;
  const { entities, relationships, seed, rounds, heap, pagecache, port } = args.values;
  const root = projectRoot();
  const result = await runImportBench({
    root,
    entities,
    relationships,
    seed,
    rounds,
    heap,
    pagecache,
    port,
    log: (line) => console.log(line),
  });
  recordFigures(importFigures(result));
  const date = new Date().toISOString().slice(0, 10);
  await publishSection(root, IMPORT_SECTION, renderImportReport(result, args.command, date, rounds), args.write);
});

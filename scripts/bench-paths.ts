// `npm run bench:paths`: the budgeted k-shortest path search starting a wider or deeper search only with time for it
// vs whenever any budget is left, on a graph loaded from `npm run generate` (answer times, routes, Neo4j CPU until
// idle); prints a table for BENCHMARKS.md.
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { loadEnv } from "../src/server/config/index.ts";
import { projectRoot } from "../src/server/config/project-root.ts";
import { resolveConnection } from "../src/local-neo4j/resolve-connection.ts";
import { createDriver } from "../src/server/db/driver.ts";
import { benchArgs, numberOption, textOption } from "../src/bench/cli-options.ts";
import { renderPathDeepening, runPathDeepening } from "../src/bench/path-deepening.ts";
import { startPrivateGraph } from "../src/bench/private-graph.ts";
import { pathFigures } from "../src/bench/summary/part-figures.ts";
import { recordFigures } from "../src/bench/summary/record.ts";
import { runCli } from "./cli.ts";

await runCli(async () => {
  const args = benchArgs({
    script: "bench:paths",
    about: `With --data: a local Neo4j (NEO4J_DATA_DIR, NEO4J_LOCAL_PORT) holding a data set loaded with
\`npm run seed -- --bulk DIR\`. Without: --entities and --relationships generated into a private Neo4j
(.data/neo4j-bench-paths, --port; created, used, deleted).`,
    options: {
      data: textOption(undefined, { hint: "DIR", help: "the data set's folder (its manifest.json names the pairs)" }),
      pairs: numberOption("30"),
      k: numberOption("10"),
      budget: numberOption(undefined, { hint: "MS", help: "the path budget (default the server's, 700 ms)" }),
      growth: numberOption(undefined, {
        hint: "X",
        help: "the new way starts a wider or deeper search only with X times the last one's time left (default 2)",
      }),
      entities: numberOption("100000", { help: "without --data: entities generated" }),
      relationships: numberOption("1000000", { help: "without --data: relationships generated" }),
      seed: numberOption("42", { positive: false }),
      port: numberOption("7792", { help: "without --data: the private Neo4j's Bolt port" }),
    },
  });
  if (!args) return;
  const { data, pairs, k, budget, growth, entities, relationships, seed, port } = args.values;
  const root = projectRoot();
  const graph = data
    ? null
    : await startPrivateGraph({
        root,
        dataDir: ".data/neo4j-bench-paths",
        port,
        data: { kind: "generated", entities, relationships, seed },
        log: console.log,
      });
  try {
    const env = loadEnv(process.env);
    const connection = graph?.connection ?? (await resolveConnection(env));
    const pidFile = graph?.pidFile ?? join(env.NEO4J_DATA_DIR, "home", "run", "neo4j.pid");
    const dataDir = graph?.datasetDir ?? data!;
    const neo4jPid = Number(readFileSync(pidFile, "utf8").trim());
    const driver = createDriver(connection);
    try {
      const ways = await runPathDeepening({
        driver,
        database: connection.database,
        dataDir,
        neo4jPid,
        pairs,
        k,
        ...(budget === undefined ? {} : { budgetMs: budget }),
        ...(growth === undefined ? {} : { growth }),
        log: console.log,
      });
      console.log(`\n${renderPathDeepening(ways)}`);
      recordFigures(pathFigures(ways, basename(dataDir)));
    } finally {
      await driver.close();
    }
  } finally {
    await graph?.close();
  }
});

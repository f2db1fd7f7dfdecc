// `npm run bench:paths`: the budgeted k-shortest path search starting a wider or deeper search only with time for it
// vs whenever any budget is left, on a graph loaded from `npm run generate` (answer times, routes, Neo4j CPU until
// idle); prints a table for BENCHMARKS.md.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadEnv } from "../src/server/config/index.ts";
import { resolveConnection } from "../src/local-neo4j/resolve-connection.ts";
import { createDriver } from "../src/server/db/driver.ts";
import { benchArgs, numberOption, textOption } from "../src/bench/cli-options.ts";
import { renderPathDeepening, runPathDeepening } from "../src/bench/path-deepening.ts";
import { BadRequestError } from "../src/server/errors.ts";
import { runCli } from "./cli.ts";

await runCli(async () => {
  const args = benchArgs({
    script: "bench:paths",
    about:
      "Needs a local Neo4j (NEO4J_DATA_DIR, NEO4J_LOCAL_PORT) holding a data set loaded with `npm run seed -- --bulk DIR`.",
    options: {
      data: textOption(undefined, { hint: "DIR", help: "the data set's folder (its manifest.json names the pairs)" }),
      pairs: numberOption("30"),
      k: numberOption("10"),
      budget: numberOption(undefined, { hint: "MS", help: "the path budget (default the server's, 700 ms)" }),
      growth: numberOption(undefined, {
        hint: "X",
        help: "the new way starts a wider or deeper search only with X times the last one's time left (default 2)",
      }),
    },
  });
  if (!args) return;
  const { data, pairs, k, budget, growth } = args.values;
  if (!data) throw new BadRequestError(`--data DIR is needed\n${args.usage}`);
  const env = loadEnv(process.env);
  const connection = await resolveConnection(env);
  const dataDir = env.NEO4J_DATA_DIR;
  const neo4jPid = Number(readFileSync(join(dataDir, "home", "run", "neo4j.pid"), "utf8").trim());
  const driver = createDriver(connection);
  try {
    const ways = await runPathDeepening({
      driver,
      database: connection.database,
      dataDir: data,
      neo4jPid,
      pairs,
      k,
      ...(budget === undefined ? {} : { budgetMs: budget }),
      ...(growth === undefined ? {} : { growth }),
      log: console.log,
    });
    console.log(`\n${renderPathDeepening(ways)}`);
  } finally {
    await driver.close();
  }
});

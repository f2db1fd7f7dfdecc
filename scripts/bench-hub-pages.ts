// `npm run bench:hub-pages`: hub pages of 50 with the page order kept per database version (one auto-commit query, or a
// managed transaction as before) vs sorted per page, over HTTP on a graph loaded from `npm run generate`; prints a
// table for BENCHMARKS.md.
import { loadEnv } from "../src/server/config/index.ts";
import { resolveConnection } from "../src/local-neo4j/resolve-connection.ts";
import { benchArgs, numberOption, textOption } from "../src/bench/cli-options.ts";
import { renderHubPages, runHubPagesBench } from "../src/bench/hub-pages.ts";
import { BadRequestError } from "../src/server/errors.ts";
import { runCli } from "./cli.ts";

await runCli(async () => {
  const args = benchArgs({
    script: "bench:hub-pages",
    about:
      "Needs a Neo4j (local: NEO4J_DATA_DIR, NEO4J_LOCAL_PORT; or NEO4J_URI) holding a data set loaded with `npm run seed -- --bulk DIR`.",
    options: {
      data: textOption(undefined, { hint: "DIR", help: "the data set's folder (its manifest.json names the hubs)" }),
      requests: numberOption("100", { help: "requests a way, after the warm-up" }),
      warmup: numberOption("48", { help: "requests a way before timing (each hub page once or more)" }),
    },
  });
  if (!args) return;
  const { data, requests, warmup } = args.values;
  if (!data) throw new BadRequestError(`--data DIR is needed\n${args.usage}`);
  const connection = await resolveConnection(loadEnv(process.env));
  const figures = await runHubPagesBench({ connection, dataDir: data, requests, warmup, log: console.log });
  console.log(`\n${renderHubPages(figures)}`);
});

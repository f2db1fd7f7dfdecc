// `npm run bench:hub-pages`: hub pages of 50 with the page order kept per database version (one auto-commit query, or a
// managed transaction as before) vs sorted per page, over HTTP on a graph loaded from `npm run generate`; prints a
// table for BENCHMARKS.md.
import { basename } from "node:path";
import { loadEnv } from "../src/server/config/index.ts";
import { projectRoot } from "../src/server/config/project-root.ts";
import { resolveConnection } from "../src/local-neo4j/resolve-connection.ts";
import { benchArgs, numberOption, textOption } from "../src/bench/cli-options.ts";
import { renderHubPages, runHubPagesBench } from "../src/bench/hub-pages.ts";
import { startPrivateGraph } from "../src/bench/private-graph.ts";
import { hubPageFigures } from "../src/bench/summary/part-figures.ts";
import { recordFigures } from "../src/bench/summary/record.ts";
import { runCli } from "./cli.ts";

await runCli(async () => {
  const args = benchArgs({
    script: "bench:hub-pages",
    about: `With --data: a Neo4j (local: NEO4J_DATA_DIR, NEO4J_LOCAL_PORT; or NEO4J_URI) holding a data set loaded with
\`npm run seed -- --bulk DIR\`. Without: --entities and --relationships generated into a private Neo4j
(.data/neo4j-bench-hub-pages, --port; created, used, deleted).`,
    options: {
      data: textOption(undefined, { hint: "DIR", help: "the data set's folder (its manifest.json names the hubs)" }),
      requests: numberOption("100", { help: "requests a way, after the warm-up" }),
      warmup: numberOption("48", { help: "requests a way before timing (each hub page once or more)" }),
      entities: numberOption("100000", { help: "without --data: entities generated" }),
      relationships: numberOption("1000000", { help: "without --data: relationships generated" }),
      seed: numberOption("42", { positive: false }),
      port: numberOption("7794", { help: "without --data: the private Neo4j's Bolt port" }),
    },
  });
  if (!args) return;
  const { data, requests, warmup, entities, relationships, seed, port } = args.values;
  const root = projectRoot();
  const graph = data
    ? null
    : await startPrivateGraph({
        root,
        dataDir: ".data/neo4j-bench-hub-pages",
        port,
        data: { kind: "generated", entities, relationships, seed },
        log: console.log,
      });
  try {
    const connection = graph?.connection ?? (await resolveConnection(loadEnv(process.env)));
    const dataDir = graph?.datasetDir ?? data!;
    const figures = await runHubPagesBench({ connection, dataDir, requests, warmup, log: console.log });
    console.log(`\n${renderHubPages(figures)}`);
    recordFigures(hubPageFigures(figures, basename(dataDir)));
  } finally {
    await graph?.close();
  }
});

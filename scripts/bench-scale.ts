// `npm run bench:scale`: bulk load against the naive way, query latency over HTTP and the raw driver, payload sizes; writes BENCHMARKS.md.
import { parseArgs } from "node:util";
import { projectRoot } from "../src/server/config/project-root.ts";
import { benchCommand, numberOptions, publishSection } from "../src/bench/cli-options.ts";
import { runBench } from "../src/bench/run.ts";
import { renderReport } from "../src/bench/report.ts";
import { DEFAULT_BATCH_SIZE, DEFAULT_CONCURRENCY } from "../src/seed/bulk/index.ts";
import { bulkProgressBar } from "./bulk-progress.ts";
import { runCli } from "./cli.ts";

const USAGE = `usage: npm run bench:scale -- [--entities N] [--relationships M] [--seed S] [--runs R] [--naive-sample K]
                              [--batch-size B] [--concurrency C] [--requests Q] [--rounds X] [--payloads 10000:100000,...]
                              [--heap 2g] [--pagecache 1g] [--sweep 1000,5000,...] [--sweep-relationships M]
                              [--sweep-concurrency 1,2] [--write]
  Defaults: 100000 entities, 1000000 relationships, seed 42, 3 load runs, naive sample 10000,
  200 requests per case in 3 rounds, payloads of 10000 and 100000 entities with up to
  100000 relationships between them (NODES:RELATIONSHIPS).
  A private Neo4j (.data/neo4j-bench-scale, port 7791) is created, used and deleted; dev and test data are never touched.
  --sweep  first compare these batch sizes (and --sweep-concurrency values) on a smaller load
  --write  put the figures into BENCHMARKS.md (its scale section; other sections stay)`;

const positive = numberOptions(USAGE);
// Whole numbers, zero included, as this command has always taken them.
const num = (name: string, v: string) => positive(name, v, { positive: false });

const list = (name: string, v: string) =>
  v
    .split(",")
    .filter(Boolean)
    .map((x) => num(name, x));

await runCli(async () => {
  const { values: v } = parseArgs({
    options: {
      entities: { type: "string", default: "100000" },
      relationships: { type: "string", default: "1000000" },
      seed: { type: "string", default: "42" },
      runs: { type: "string", default: "3" },
      "naive-sample": { type: "string", default: "10000" },
      "batch-size": { type: "string", default: String(DEFAULT_BATCH_SIZE) },
      concurrency: { type: "string", default: String(DEFAULT_CONCURRENCY) },
      requests: { type: "string", default: "200" },
      rounds: { type: "string", default: "3" },
      payloads: { type: "string", default: "10000:100000,100000:100000" },
      heap: { type: "string", default: "2g" },
      pagecache: { type: "string", default: "1g" },
      sweep: { type: "string" },
      "sweep-relationships": { type: "string", default: "250000" },
      "sweep-concurrency": { type: "string", default: "1" },
      write: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (v.help) return console.log(USAGE);
  const root = projectRoot();
  const bar = bulkProgressBar();
  const started = new Date();
  const result = await runBench({
    root,
    entities: num("entities", v.entities),
    relationships: num("relationships", v.relationships),
    seed: num("seed", v.seed),
    runs: num("runs", v.runs),
    naiveSample: num("naive-sample", v["naive-sample"]),
    batchSize: num("batch-size", v["batch-size"]),
    concurrency: num("concurrency", v.concurrency),
    requests: num("requests", v.requests),
    warmup: 20,
    latencyRounds: num("rounds", v.rounds),
    payloads: v.payloads
      .split(",")
      .filter(Boolean)
      .map((x) => {
        const [nodes = "", relationships = "0"] = x.split(":");
        return { nodes: num("payloads", nodes), relationships: num("payloads", relationships) };
      }),
    instance: { heap: v.heap, pagecache: v.pagecache },
    ...(v.sweep
      ? {
          sweep: {
            batchSizes: list("sweep", v.sweep),
            relationships: num("sweep-relationships", v["sweep-relationships"]),
            concurrency: list("sweep-concurrency", v["sweep-concurrency"]),
          },
        }
      : {}),
    log: (line) => {
      bar.stop();
      console.log(line);
    },
    onProgress: bar.onProgress,
  });
  bar.stop();
  const section = renderReport(result, benchCommand("bench:scale"), started.toISOString().slice(0, 10));
  await publishSection(root, "scale", section, v.write);
});

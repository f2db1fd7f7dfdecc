// `npm run bench:scale`: bulk load against the naive way, query latency over HTTP and the raw driver, payload sizes; writes BENCHMARKS.md.
import { projectRoot } from "../src/server/config/project-root.ts";
import {
  benchArgs,
  numberListOption,
  numberOption,
  publishSection,
  textOption,
  type NumberRule,
} from "../src/bench/cli-options.ts";
import { DEFAULT_REQUEST_TIMEOUT_MS, runBench } from "../src/bench/run.ts";
import { renderReport } from "../src/bench/report.ts";
import { DEFAULT_BATCH_SIZE, DEFAULT_CONCURRENCY } from "../src/seed/bulk/index.ts";
import { bulkProgressBar } from "./bulk-progress.ts";
import { runCli } from "./cli.ts";

// Whole numbers, zero included, as this command has always taken them.
const ZERO_OK: NumberRule = { positive: false };

await runCli(async () => {
  const args = benchArgs({
    script: "bench:scale",
    about:
      "A private Neo4j (.data/neo4j-bench-scale, port 7791) is created, used and deleted; dev and test data are never touched.",
    writes: "scale",
    options: {
      entities: numberOption("100000", ZERO_OK),
      relationships: numberOption("1000000", ZERO_OK),
      seed: numberOption("42", ZERO_OK),
      runs: numberOption("3", ZERO_OK),
      "naive-sample": numberOption("10000", ZERO_OK),
      "batch-size": numberOption(String(DEFAULT_BATCH_SIZE), ZERO_OK),
      concurrency: numberOption(String(DEFAULT_CONCURRENCY), ZERO_OK),
      requests: numberOption("200", { ...ZERO_OK, help: "requests per latency case and round" }),
      rounds: numberOption("3", { ...ZERO_OK, help: "latency rounds" }),
      "request-timeout": numberOption(String(DEFAULT_REQUEST_TIMEOUT_MS / 1000), {
        hint: "S",
        help: "seconds one latency request may take before the run stops with an error naming it",
      }),
      payloads: textOption("10000:100000,100000:100000", {
        help: "NODES:RELATIONSHIPS, a payload of that many entities with up to that many relationships between them",
      }),
      heap: textOption("2g"),
      pagecache: textOption("1g"),
      sweep: numberListOption(undefined, {
        ...ZERO_OK,
        hint: "1000,5000,...",
        help: "first compare these batch sizes (and --sweep-concurrency values) on a smaller load",
      }),
      "sweep-relationships": numberOption("250000", ZERO_OK),
      "sweep-concurrency": numberListOption("1", ZERO_OK),
    },
  });
  if (!args) return;
  const v = args.values;
  const root = projectRoot();
  const bar = bulkProgressBar();
  const started = new Date();
  const result = await runBench({
    root,
    entities: v.entities,
    relationships: v.relationships,
    seed: v.seed,
    runs: v.runs,
    naiveSample: v["naive-sample"],
    batchSize: v["batch-size"],
    concurrency: v.concurrency,
    requests: v.requests,
    warmup: 20,
    latencyRounds: v.rounds,
    requestTimeoutMs: v["request-timeout"] * 1000,
    payloads: v.payloads
      .split(",")
      .filter(Boolean)
      .map((x) => {
        const [nodes = "", relationships = "0"] = x.split(":");
        return {
          nodes: args.num("payloads", nodes, ZERO_OK),
          relationships: args.num("payloads", relationships, ZERO_OK),
        };
      }),
    instance: { heap: v.heap, pagecache: v.pagecache },
    ...(v.sweep
      ? {
          sweep: {
            batchSizes: v.sweep,
            relationships: v["sweep-relationships"],
            concurrency: v["sweep-concurrency"],
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
  const section = renderReport(result, args.command, started.toISOString().slice(0, 10));
  await publishSection(root, "scale", section, args.write);
});

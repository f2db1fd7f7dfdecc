// `npm run bench:stuck`: exploring latency while timed-out ad-hoc queries still run in Neo4j, contained or not.
import { parseArgs } from "node:util";
import { resolve } from "node:path";
import { benchCommand, numberOptions, publishSection } from "../src/bench/cli-options.ts";
import { load1, machineInfo } from "../src/bench/machine.ts";
import { runStuckQueryBench, stuckQueryReport } from "../src/bench/stuck-query/run.ts";
import { runCli } from "./cli.ts";

const USAGE = "usage: npm run bench:stuck -- [--requests N] [--write]";
const root = resolve(import.meta.dirname, "..");

await runCli(async () => {
  const { values } = parseArgs({
    options: { requests: { type: "string", default: "400" }, write: { type: "boolean" } },
  });
  const requests = numberOptions(USAGE)("requests", values.requests);
  const loadBefore = load1();
  const { phases, neo4jVersion } = await runStuckQueryBench({ root, requests, log: console.log });
  const m = machineInfo(root, neo4jVersion);
  const machine = `${m.cores} cores ${m.cpu}, Node ${m.node}, Neo4j ${m.neo4j}; load ${loadBefore} before, ${load1()} after`;
  const report = stuckQueryReport(phases, benchCommand("bench:stuck"), machine);
  await publishSection(root, "stuck-query", report, values.write ?? false);
});

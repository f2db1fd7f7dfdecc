// `npm run bench:stuck`: exploring latency while timed-out ad-hoc queries still run in Neo4j, contained or not.
import { resolve } from "node:path";
import { benchArgs, numberOption, publishSection } from "../src/bench/cli-options.ts";
import { load1, machineInfo } from "../src/bench/machine.ts";
import { runStuckQueryBench, stuckQueryReport } from "../src/bench/stuck-query/run.ts";
import { runCli } from "./cli.ts";

const root = resolve(import.meta.dirname, "..");

await runCli(async () => {
  const args = benchArgs({
    script: "bench:stuck",
    writes: "stuck-query",
    options: { requests: numberOption("400") },
  });
  if (!args) return;
  const loadBefore = load1();
  const { phases, neo4jVersion } = await runStuckQueryBench({
    root,
    requests: args.values.requests,
    log: console.log,
  });
  const m = machineInfo(root, neo4jVersion);
  const machine = `${m.cores} cores ${m.cpu}, Node ${m.node}, Neo4j ${m.neo4j}; load ${loadBefore} before, ${load1()} after`;
  await publishSection(root, "stuck-query", stuckQueryReport(phases, args.command, machine), args.write);
});

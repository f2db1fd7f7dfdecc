// `npm run bench`: every scale figure of BENCHMARKS.md in one go: the server half (bench:scale), then the browser half (bench:browser).
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { projectRoot } from "../src/server/config/project-root.ts";
import { benchPlan } from "../src/bench/plan.ts";
import { runCli } from "./cli.ts";

const USAGE = `usage: npm run bench -- [--only scale,import,wire,browser,load-task] [--runs R] [--entities N] [--relationships M]
                        [--sizes 1000,10000,50000,100000] [--big 100000:500000] [--write]
  scale    bulk load (N entities, M relationships) against the naive way, API and raw-driver latency, payloads
           (npm run bench:scale -- --help for all its options)
  import   the same N entities and M relationships into a fresh local database: Neo4j's offline importer against
           UNWIND batches (--runs rounds; npm run bench:import -- --help)
  wire     a big first view over HTTP in the JSON and the compact form (--runs rounds; npm run bench:wire -- --help)
  browser  the explorer against vis-network at each of --sizes nodes, and the explorer alone at --big nodes:edges
           (npm run bench:browser -- --help for all its options)
  load-task  the longest main-thread task while the offline edition loads, this build against HEAD~1
           (npm run bench:load-task -- --help; run it alone with --against COMMIT for another old way)
  --write  put each part's figures into its own section of BENCHMARKS.md`;

await runCli(async () => {
  const { values: v } = parseArgs({
    options: {
      only: { type: "string" },
      runs: { type: "string" },
      entities: { type: "string" },
      relationships: { type: "string" },
      sizes: { type: "string" },
      big: { type: "string" },
      write: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (v.help) return console.log(USAGE);
  const root = projectRoot();
  for (const step of benchPlan(v)) {
    console.log(`\n== ${step.part}: npm run bench:${step.part} -- ${step.args.join(" ")}\n`);
    const run = spawnSync(process.execPath, ["--import", "tsx", join(root, "scripts", step.script), ...step.args], {
      cwd: root,
      stdio: "inherit",
    });
    if (run.status !== 0)
      throw new Error(
        `bench:${step.part} failed (exit ${run.status ?? run.signal}); the parts before it wrote their figures.`,
      );
  }
});

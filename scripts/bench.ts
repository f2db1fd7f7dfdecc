// `npm run bench`: every part's figures in one go, cheapest first, each against its old way; then issue 14's table.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { projectRoot } from "../src/server/config/project-root.ts";
import { BENCH_PARTS, benchPlan, DEFAULT_LOAD_PORT, LOAD_TASK_SIZES, type BenchPart } from "../src/bench/plan.ts";
import { benchCommand, publishSection } from "../src/bench/cli-options.ts";
import { markSection } from "../src/bench/markdown-section.ts";
import { parseFigureLines } from "../src/bench/summary/figure-line.ts";
import { SUMMARY_FILE_ENV } from "../src/bench/summary/record.ts";
import {
  renderSummarySection,
  renderSummaryTable,
  SUMMARY_SECTION,
  type PartOutcome,
} from "../src/bench/summary/render.ts";
import { runCli } from "./cli.ts";

const USAGE = `usage: npm run bench -- [--only ${BENCH_PARTS.join(",")}]
                        [--runs R] [--entities N] [--relationships M] [--sizes 1000,10000,50000,100000]
                        [--big 100000:500000] [--port P] [--duration S] [--task-sizes ${LOAD_TASK_SIZES}]
                        [--against HEAD~1] [--write]
  seed       the article seed pipelined against one round trip per statement (--runs rounds)
  wire       a big first view over HTTP in the JSON and the compact form against the old JSON (--runs rounds)
  search     search with the full-text index against none, on N entities and M relationships (--runs rounds)
  load       mixed article requests at 50 connections, the answer cache off and on (--runs runs of --duration s)
  hub-pages  hub pages of 50, the kept order against sorting per page, on a generated graph of N and M
  paths      k = 10 paths with the time budget, a search started only with time for it against whenever budget is
             left, on a generated graph of N and M
  import     N entities and M relationships into a fresh local database: Neo4j's offline importer against UNWIND
             batches (--runs rounds)
  start      \`npm start\` until ready, Neo4j not running, HEAD against --against (--runs runs)
  load-task  the longest main-thread task and the first render while the offline edition loads the article graph and
             generated graphs of --task-sizes nodes, HEAD's build against --against's
  scale      bulk load (N entities, M relationships) against the naive way, API and raw-driver latency, payloads
  browser    the explorer against vis-network and plain Sigma at each of --sizes nodes, and the explorer alone at
             --big nodes:edges
  --port     Bolt port of each part's private Neo4j (they run one after another; start also takes P + 2). Without
             it each part takes its own (load: ${DEFAULT_LOAD_PORT}); npm run bench:<part> -- --help for each one's
  --against  the commit bench:start and bench:load-task build as the old way (default HEAD~1; on a branch, its base)
  --write    put each part's figures into its own section of BENCHMARKS.md, and the table into the summary section
At the end, issue 14's rows as one table: the figure now, the old way's (or the peer's) from the same run, the gain,
the target and whether it is met, "not run" for parts --only left out.`;

/** No part recorded anything (all left out, or the first failed): no file. */
function readFileSafe(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return "";
    throw error;
  }
}

await runCli(async () => {
  const args = process.argv.slice(2);
  const { values: v } = parseArgs({
    args,
    options: {
      only: { type: "string" },
      runs: { type: "string" },
      entities: { type: "string" },
      relationships: { type: "string" },
      sizes: { type: "string" },
      big: { type: "string" },
      port: { type: "string" },
      duration: { type: "string" },
      "task-sizes": { type: "string" },
      against: { type: "string" },
      write: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (v.help) return console.log(USAGE);
  const root = projectRoot();
  const plan = benchPlan({ ...v, taskSizes: v["task-sizes"] });
  const outcomes: Partial<Record<BenchPart, PartOutcome>> = {};
  for (const part of BENCH_PARTS) outcomes[part] = plan.some((s) => s.part === part) ? "not reached" : "skipped";
  const dir = mkdtempSync(join(tmpdir(), "bench-summary-"));
  const file = join(dir, "figures.jsonl");
  let failure: Error | null = null;
  try {
    for (const step of plan) {
      console.log(`\n== ${step.part}: npm run bench:${step.part} -- ${step.args.join(" ")}\n`);
      const run = spawnSync(process.execPath, ["--import", "tsx", join(root, "scripts", step.script), ...step.args], {
        cwd: root,
        stdio: "inherit",
        env: { ...process.env, [SUMMARY_FILE_ENV]: file },
      });
      outcomes[step.part] = run.status === 0 ? "ran" : "failed";
      if (run.status !== 0) {
        failure = new Error(
          `bench:${step.part} failed (exit ${run.status ?? run.signal}); the parts before it wrote their figures, and the table above has theirs.`,
        );
        break;
      }
    }
    const figures = parseFigureLines(readFileSafe(file), file);
    const table = renderSummaryTable(figures, outcomes);
    const section = renderSummarySection(table, benchCommand("bench", args), new Date().toISOString().slice(0, 10));
    await publishSection(root, SUMMARY_SECTION, markSection(SUMMARY_SECTION, section), v.write);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (failure) throw failure;
});

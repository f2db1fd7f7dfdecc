// `npm run bench:load-task`: the longest main-thread task while the page loads a graph, HEAD against an older commit.
import { join } from "node:path";
import { projectRoot } from "../src/server/config/project-root.ts";
import {
  benchArgs,
  flagOption,
  numberListOption,
  numberOption,
  publishSection,
  textOption,
} from "../src/bench/cli-options.ts";
import { runLoadTaskBench } from "../src/bench/load-task/run.ts";
import { LOAD_TASK_SECTION, renderLoadTaskReport } from "../src/bench/load-task/report.ts";
import { loadTaskFigures } from "../src/bench/summary/part-figures.ts";
import { recordFigures } from "../src/bench/summary/record.ts";
import { runCli } from "./cli.ts";

// The explorer builds get window.__explorer, which the page measurement reads (vite.config.ts).
process.env.EXPLORER_TEST_HOOKS = "1";

await runCli(async () => {
  const args = benchArgs({
    script: "bench:load-task",
    about: `The offline edition built at HEAD and at --against loads the article graph and generated graphs in headless
Chromium, alternating, run after run: the longest main-thread task until the layout is done, and the first render.`,
    writes: LOAD_TASK_SECTION,
    options: {
      against: textOption("HEAD~1", { help: "the commit measured as the old way" }),
      sizes: numberListOption("1000,10000"),
      "edges-per-node": numberOption("5"),
      "no-article": flagOption({ help: "leave out the article graph (test/fixtures/article-snapshot.json)" }),
      "no-live": flagOption({
        help: "leave out the live edition's load of the article graph (it needs a private Neo4j)",
      }),
      port: numberOption("7798", {
        help: "Bolt port of the live edition's private Neo4j (.data/neo4j-bench-load-task)",
      }),
      runs: numberOption("3"),
      seed: numberOption("42"),
      budget: numberOption("120", { whole: false, help: "seconds a page gets to draw its first frame" }),
    },
  });
  if (!args) return;
  const v = args.values;
  const root = projectRoot();
  const started = new Date();
  const result = await runLoadTaskBench({
    root,
    workDir: join(root, ".data", "bench-load-task"),
    against: v.against,
    sizes: v.sizes,
    edgesPerNode: v["edges-per-node"],
    article: !v["no-article"],
    runs: v.runs,
    seed: v.seed,
    renderBudgetMs: v.budget * 1000,
    live: v["no-live"] ? null : { port: v.port },
    log: (line) => console.log(line),
  });
  recordFigures(loadTaskFigures(result));
  const section = renderLoadTaskReport(result, args.command, started.toISOString().slice(0, 10));
  await publishSection(root, LOAD_TASK_SECTION, section, args.write);
});

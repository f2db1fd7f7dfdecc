// `npm run bench:offline`: size and time to interactive of the offline edition, for the article graph and a synthetic one.
import { projectRoot } from "../src/server/config/project-root.ts";
import { benchArgs, numberOption, publishSection } from "../src/bench/cli-options.ts";
import { renderOfflineReport, OFFLINE_SECTION } from "../src/bench/offline/report.ts";
import { runOfflineBench } from "../src/bench/offline/run.ts";
import { runCli } from "./cli.ts";

await runCli(async () => {
  const args = benchArgs({
    script: "bench:offline",
    about:
      "A private Neo4j (.data/neo4j-bench-offline, port 7793) is created, used and deleted; dev and test data are never touched.",
    writes: OFFLINE_SECTION,
    options: {
      runs: numberOption("3"),
      entities: numberOption("10000"),
      relationships: numberOption("50000"),
      seed: numberOption("42"),
    },
  });
  if (!args) return;
  const { runs, ...synthetic } = args.values;
  const root = projectRoot();
  const started = new Date();
  const result = await runOfflineBench({ root, runs, synthetic, log: (line) => console.log(line) });
  const section = renderOfflineReport(result, args.command, started.toISOString().slice(0, 10));
  await publishSection(root, OFFLINE_SECTION, section, args.write);
});

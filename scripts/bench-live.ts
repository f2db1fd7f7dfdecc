// `npm run bench:live`: 60 followers of one live session (a few Chromium pages, the rest protocol clients); writes its BENCHMARKS.md section.
import { cpus, loadavg } from "node:os";
import { projectRoot } from "../src/server/config/project-root.ts";
import { BadRequestError } from "../src/server/errors.ts";
import { benchArgs, numberOption, publishSection } from "../src/bench/cli-options.ts";
import { runLiveBench } from "../src/bench/live/run.ts";
import { renderLiveReport, SECTION } from "../src/bench/live/report.ts";
import { runCli } from "./cli.ts";

await runCli(async () => {
  const args = benchArgs({
    script: "bench:live",
    about:
      "Needs the explorer's Neo4j with the article graph (npm run neo4j:start && npm run seed, or NEO4J_URI/USERNAME/PASSWORD).",
    writes: SECTION,
    options: {
      followers: numberOption("60", { help: "followers in all, Chromium pages included" }),
      pages: numberOption("3", {
        positive: false,
        help: "of them, student pages in Chromium (the rest are WebSocket protocol clients)",
      }),
      steps: numberOption("40", { help: "key presses of the teacher" }),
      gap: numberOption("400", { help: "milliseconds between presses" }),
      "memory-followers": numberOption("400", {
        help: "protocol followers added afterwards to weigh the server's memory per follower",
      }),
      rounds: numberOption("1", {
        help: "runs of each way (live sessions kept on disk, not kept), the first way alternating",
      }),
    },
  });
  if (!args) return;
  const { followers, pages, steps, gap, "memory-followers": memoryFollowers, rounds } = args.values;
  const root = projectRoot();
  if (pages > followers)
    throw new BadRequestError(`--pages (${pages}) cannot exceed --followers (${followers})\n${args.usage}`);
  const load = () => (loadavg()[0] ?? 0).toFixed(2);
  const loadBefore = load();
  const result = await runLiveBench({ root, followers, pages, steps, gapMs: gap, memoryFollowers, rounds }, (line) =>
    console.log(line),
  );
  const machine = `${cpus().length} cores ${cpus()[0]?.model.trim() ?? ""}, Node ${process.version}; load ${loadBefore} before, ${load()} after`;
  await publishSection(root, SECTION, renderLiveReport(result, args.command, machine), args.write);
});

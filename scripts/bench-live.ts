// `npm run bench:live`: 60 followers of one live session (a few Chromium pages, the rest protocol clients); writes its BENCHMARKS.md section.
import { parseArgs } from "node:util";
import { cpus, loadavg } from "node:os";
import { projectRoot } from "../src/server/config/project-root.ts";
import { benchCommand, numberOptions, publishSection } from "../src/bench/cli-options.ts";
import { runLiveBench } from "../src/bench/live/run.ts";
import { renderLiveReport, SECTION } from "../src/bench/live/report.ts";
import { runCli } from "./cli.ts";

const USAGE = `usage: npm run bench:live -- [--followers 60] [--pages 3] [--steps 40] [--gap 400] [--memory-followers 400] [--write]
  Needs the explorer's Neo4j with the article graph (npm run neo4j:start && npm run seed, or NEO4J_URI/USERNAME/PASSWORD).
  --followers  followers in all, Chromium pages included
  --pages      of them, student pages in Chromium (the rest are WebSocket protocol clients)
  --steps      key presses of the teacher
  --gap        milliseconds between presses
  --memory-followers  protocol followers added afterwards to weigh the server's memory per follower
  --write      put the figures into BENCHMARKS.md (its live section; other sections stay)`;

const num = numberOptions(USAGE);

await runCli(async () => {
  const { values: v } = parseArgs({
    options: {
      followers: { type: "string", default: "60" },
      pages: { type: "string", default: "3" },
      steps: { type: "string", default: "40" },
      gap: { type: "string", default: "400" },
      "memory-followers": { type: "string", default: "400" },
      write: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (v.help) return console.log(USAGE);
  const root = projectRoot();
  const followers = num("followers", v.followers);
  const pages = num("pages", v.pages, { positive: false });
  if (pages > followers) throw new Error(`--pages (${pages}) cannot exceed --followers (${followers})\n${USAGE}`);
  const load = () => (loadavg()[0] ?? 0).toFixed(2);
  const loadBefore = load();
  const result = await runLiveBench(
    {
      root,
      followers,
      pages,
      steps: num("steps", v.steps),
      gapMs: num("gap", v.gap),
      memoryFollowers: num("memory-followers", v["memory-followers"]),
    },
    (line) => console.log(line),
  );
  const machine = `${cpus().length} cores ${cpus()[0]?.model.trim() ?? ""}, Node ${process.version}; load ${loadBefore} before, ${load()} after`;
  await publishSection(root, SECTION, renderLiveReport(result, benchCommand("bench:live"), machine), v.write);
});

// The `npm start` benchmark as the Markdown section BENCHMARKS.md keeps.
import { markSection } from "../markdown-section.ts";
import { spread } from "../stats.ts";
import type { StartBenchResult } from "./run.ts";

export const START_SECTION = "npm-start";

const cell = (xs: number[]) => {
  const s = spread(xs);
  return `${s.min.toFixed(2)} / ${s.median.toFixed(2)} / ${s.max.toFixed(2)}`;
};

export function renderStartReport(r: StartBenchResult, command: string, date: string): string {
  const ratios = r.head.secs.map((s, i) => r.against.secs[i]! / s);
  const body = [
    "## `npm start` until ready, against the old way",
    "",
    `\`${command}\` (${date}; one-minute load average ${r.load1.start} at the start, ${r.load1.end} at the end)`,
    "",
    "From the command to its `Explorer ready` line, the article's data present and Neo4j not running (it is started,",
    "class-data sharing on, and the unchanged graph is not reloaded). Each way runs from its own commit's files and its",
    "own data folder, alternating; a first start of each (client build, database, article load) is not counted.",
    "",
    "| way | commit | runs | seconds to ready (min / median / max) |",
    "|---|---|---|---|",
    `| Neo4j on unsigned copies of the signed jars, their classes in the archive too | ${r.head.commit} | ${r.head.secs.length} | ${cell(r.head.secs)} |`,
    `| the old way | ${r.against.commit} | ${r.against.secs.length} | ${cell(r.against.secs)} |`,
    "",
    `Old ÷ new, per pair of runs: **${cell(ratios)}×**.`,
  ].join("\n");
  return markSection(START_SECTION, body);
}

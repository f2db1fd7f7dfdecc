// How a benchmark part hands its headline figures to `npm run bench`: the parent names a file in BENCH_SUMMARY_FILE
// and each part appends a line of JSON per figure; run alone, a part records nothing.
import { appendFileSync } from "node:fs";
import { FigureLineSchema, type FigureLine } from "./figure-line.ts";

export const SUMMARY_FILE_ENV = "BENCH_SUMMARY_FILE";

/** Appends the figures (checked first, so a part cannot hand over a line the summary would refuse). */
export function recordFigures(lines: readonly FigureLine[], env: NodeJS.ProcessEnv = process.env): void {
  const file = env[SUMMARY_FILE_ENV];
  if (!file) return;
  const text = lines.map((line) => `${JSON.stringify(FigureLineSchema.parse(line))}\n`).join("");
  if (text) appendFileSync(file, text);
}

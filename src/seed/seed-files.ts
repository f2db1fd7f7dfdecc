// Loads script files in order, each in its own transaction, so a failure names what stayed loaded.
import { readFile } from "node:fs/promises";
import { isAbsolute, relative } from "node:path";
import type { Driver } from "neo4j-driver";
import { SeedError, SeedFileError } from "./errors.ts";
import { planFile, type FilePlan } from "./plan-file.ts";
import { resetDatabase } from "./reset.ts";
import { runFile } from "./run-file.ts";
import { checkSourceQuotes, readSourceTexts } from "./source-quotes.ts";
import { storeSources } from "./store-sources.ts";
import type { FileReport, SeedOptions, SeedReport } from "./types.ts";

/** On failure the earlier files stay committed; they are listed in `SeedError.failure.loaded`. */
export async function seedFiles(
  driver: Driver,
  database: string,
  files: readonly string[],
  options: SeedOptions = {},
): Promise<SeedReport> {
  // Read and split everything first: a missing file or an unclosed string in file 3 should stop the run before file 1 loads.
  const plans: FilePlan[] = [];
  for (const file of files) {
    plans.push(planFile(displayName(file, options.relativeTo), await readSource(file)));
  }
  // A graph with sources/ beside its scripts: every quote must be verbatim in its source before anything is written.
  const texts = await readSourceTexts(files, options.relativeTo);
  checkSourceQuotes(plans, texts);
  const report = await runPlans(driver, database, plans, options);
  await storeSources(driver, database, texts);
  return report;
}

/** Same as seedFiles for scripts held in memory; `file` is only used in reports and error positions. */
export async function seedSources(
  driver: Driver,
  database: string,
  sources: readonly { file: string; source: string }[],
  options: SeedOptions = {},
): Promise<SeedReport> {
  return runPlans(
    driver,
    database,
    sources.map(({ file, source }) => planFile(file, source)),
    options,
  );
}

async function runPlans(
  driver: Driver,
  database: string,
  plans: FilePlan[],
  options: SeedOptions,
): Promise<SeedReport> {
  const started = performance.now();
  const files: FileReport[] = [];
  const reset = options.reset
    ? await resetDatabase(driver, database, options.reset === true ? {} : options.reset)
    : undefined;
  if (reset) options.onReset?.(reset);
  for (const plan of plans) {
    let report: FileReport;
    try {
      report = await runFile(driver, database, plan);
    } catch (err) {
      throw err instanceof SeedError ? err.withLoaded([...files]) : err;
    }
    files.push(report);
    options.onFile?.(report);
  }
  return { files, ...(reset ? { reset } : {}), elapsedMs: Math.round(performance.now() - started) };
}

function displayName(file: string, base: string | undefined): string {
  if (!base) return file;
  const rel = relative(base, file);
  // A path climbing out of the base is harder to read than the absolute one.
  return rel.startsWith("..") || isAbsolute(rel) ? file : rel;
}

async function readSource(file: string): Promise<string> {
  try {
    // A byte-order mark would shift every column on line 1 by one compared with what editors show.
    return (await readFile(file, "utf8")).replace(/^\uFEFF/, "");
  } catch (err) {
    throw new SeedFileError(`Cannot read seed file ${file}: ${(err as Error).message}`, { file });
  }
}

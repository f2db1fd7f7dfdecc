// Loads script files as one load: all checked first, then written so that a failure leaves the database as it was.
import { readFile } from "node:fs/promises";
import { isAbsolute, relative } from "node:path";
import type { Driver } from "neo4j-driver";
import { SeedError, SeedFileError } from "./errors.ts";
import { planFile, type FilePlan } from "./plan-file.ts";
import { checkPlans } from "./check-plans.ts";
import { runLoad, type LoadOutcome } from "./run-load.ts";
import { readSchema } from "./schema-snapshot.ts";
import { checkSourceQuotes, readSourceTexts } from "./source-quotes.ts";
import { storeSources } from "./store-sources.ts";
import type { SeedOptions, SeedReport } from "./types.ts";
import { dropSchemaItem } from "./queries.ts";
import { EXPORT_KEY_INDEX } from "../shared/cypher-script.ts";

/** All or nothing: on failure no file's data stays and the schema is put back (see graph/README.md). */
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
  // The texts and quote places are written in the load's own transaction: a failed load leaves no half of them.
  return runPlans(driver, database, plans, options, (tx) => storeSources(tx, texts));
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
  inLoad?: Parameters<typeof runLoad>[5],
): Promise<SeedReport> {
  const started = performance.now();
  const reset = options.reset ? (options.reset === true ? {} : options.reset) : undefined;
  const pipeline = options.pipeline ?? true;
  await checkPlans(driver, database, plans, reset, pipeline);
  // Only a load that changes schema needs the "before" to put back (and a guard to put it back if this process dies).
  const changesSchema = Boolean(reset?.dropSchema) || plans.some((p) => p.before.length + p.after.length > 0);
  const before = changesSchema ? await readSchema(driver, database) : { constraints: {}, indexes: {} };
  const guard = changesSchema ? await options.schemaGuard?.(before) : undefined;
  let result;
  try {
    result = await runLoad(driver, database, plans, reset, before, inLoad, pipeline);
  } catch (err) {
    // With something left over, the guard keeps trying to put the schema back once this process has gone.
    const leftOver = err instanceof SeedError ? err.failure.leftOver : outcomeOf(err)?.leftOver;
    if (leftOver?.length) guard?.handOver();
    else guard?.release();
    throw err;
  }
  guard?.release();
  await dropExportKeyIndex(driver, database, plans);
  if (result.reset) options.onReset?.(result.reset);
  for (const file of result.files) options.onFile?.(file);
  return {
    files: result.files,
    ...(result.reset ? { reset: result.reset } : {}),
    elapsedMs: Math.round(performance.now() - started),
  };
}

/**
 * A script from `npm run export -- --cypher` may make an index on its temporary key so that relationships find their
 * ends fast; the script itself removes the key, but an index cannot go in the data's transaction, so it goes here.
 */
async function dropExportKeyIndex(driver: Driver, database: string, plans: readonly FilePlan[]): Promise<void> {
  const made = plans.some((p) => [...p.before, ...p.after].some((s) => s.text.includes(EXPORT_KEY_INDEX)));
  if (made) await driver.executeQuery(dropSchemaItem("INDEX", EXPORT_KEY_INDEX), {}, { database });
}

function outcomeOf(err: unknown): LoadOutcome | undefined {
  const details = (err as { details?: { outcome?: LoadOutcome } } | undefined)?.details;
  return details?.outcome;
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

// Reads every saved query of a folder at start-up; any bad file stops start-up with all problems listed.
import { readdir, readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { ConfigError } from "../errors.ts";
import { SavedQueryError } from "./errors.ts";
import { parseSavedQuery } from "./parse-file.ts";
import type { LoadOptions, Problem, SavedQuery } from "./types.ts";
import { displayPath } from "./display-path.ts";

/** Every `*.cypher` file of `dir`, sorted by name; other files (a README) are left alone. */
export async function loadSavedQueries(dir: string, options: LoadOptions = {}): Promise<SavedQuery[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith(".cypher")).sort();
  } catch (error) {
    throw new ConfigError(`Cannot read the saved-query folder ${dir}: ${(error as Error).message}`);
  }
  const base = options.relativeTo ?? process.cwd();
  const queries: SavedQuery[] = [];
  const problems: Problem[] = [];
  for (const n of names) {
    const path = join(dir, n);
    const result = parseSavedQuery(await readFile(path, "utf8"), basename(n, ".cypher"), displayPath(path, base));
    if (result.query) queries.push(result.query);
    else problems.push(...result.problems);
  }
  if (problems.length) throw new SavedQueryError(problems);
  return queries;
}

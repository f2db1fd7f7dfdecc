// A graph folder as `--graph DIR` takes it: `*.cypher` seed scripts, optional `queries/` and `perspective.json`.
import { existsSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { ConfigError } from "../server/errors.ts";
import { listSeedFiles } from "./list-files.ts";

export interface GraphFolder {
  /** Absolute path of the folder. */
  dir: string;
  /** Its top-level `*.cypher` scripts, in file-name order. */
  files: string[];
  /** `queries/` when the folder has one: its saved queries replace graph/queries. */
  queriesDir?: string;
  /** `perspective.json` when the folder has one. */
  perspectiveFile?: string;
}

const LAYOUT =
  "a graph folder holds *.cypher seed scripts (loaded in file-name order), and optionally queries/*.cypher and perspective.json";

/** Checks the folder before anything starts or is touched; a clear ConfigError names the folder and what was expected. */
export async function readGraphFolder(dir: string, cwd = process.cwd()): Promise<GraphFolder> {
  const absolute = resolve(cwd, dir);
  if (!existsSync(absolute))
    throw new ConfigError(`--graph ${dir}: the folder ${absolute} does not exist (${LAYOUT}).`);
  if (!statSync(absolute).isDirectory())
    throw new ConfigError(`--graph ${dir}: ${absolute} is a file, not a folder (${LAYOUT}).`);
  const files = await listSeedFiles(absolute);
  if (files.length === 0)
    throw new ConfigError(`--graph ${dir}: the folder ${absolute} holds no .cypher file (${LAYOUT}).`);
  const queries = join(absolute, "queries");
  const perspective = join(absolute, "perspective.json");
  return {
    dir: absolute,
    files,
    ...(existsSync(queries) && statSync(queries).isDirectory() ? { queriesDir: queries } : {}),
    ...(existsSync(perspective) ? { perspectiveFile: perspective } : {}),
  };
}

// Where the explorer keeps people's notes (and its live sessions): in the data folder beside the Neo4j data it explores,
// never inside it.
import { createHash } from "node:crypto";
import { basename, dirname, isAbsolute, join, resolve } from "node:path";
import { graphDataDir } from "./graph-data-dir.ts";
import type { Env } from "../server/config/index.ts";

export interface NotesFileOptions {
  root: string;
  /** `--graph DIR`: the notes sit in that graph's own data folder. */
  graphDir?: string;
  /** NEO4J_DATA_DIR of the bundled Neo4j (the article's). */
  dataDir: string;
  /** Set when exploring a Neo4j server of one's own (NEO4J_URI): one notes file per server and database. */
  remote?: { uri: string; database: string };
}

/** `.data/graphs/<name>-<hash>/notes.jsonl`, `.data/notes/<data dir name>.jsonl`, or `.data/notes/remote-<hash>.jsonl`. */
export function notesFile(opts: NotesFileOptions): string {
  const under = (path: string) => (isAbsolute(path) ? path : resolve(opts.root, path));
  if (opts.graphDir) return join(under(dirname(graphDataDir(opts.graphDir))), "notes.jsonl");
  if (opts.remote) {
    const hash = createHash("sha256").update(`${opts.remote.uri}\n${opts.remote.database}`).digest("hex").slice(0, 12);
    return join(opts.root, ".data", "notes", `remote-${hash}.jsonl`);
  }
  const dataDir = under(opts.dataDir);
  return join(dirname(dataDir), "notes", `${basename(dataDir)}.jsonl`);
}

/** The notes file of what `npm start` serves with this environment: shared by start and export, so both agree. */
export function notesFileOf(
  env: Pick<Env, "NEO4J_DATA_DIR" | "NEO4J_URI">,
  root: string,
  graphDir: string | undefined,
  database: string,
): string {
  return notesFile({
    root,
    graphDir,
    dataDir: env.NEO4J_DATA_DIR,
    ...(!graphDir && env.NEO4J_URI ? { remote: { uri: env.NEO4J_URI, database } } : {}),
  });
}

/** The live sessions' folder beside the notes file: `.data/notes/<name>.live/`, `.data/graphs/<name>-<hash>/notes.live/`. */
export function liveSessionsDirOf(...args: Parameters<typeof notesFileOf>): string {
  return notesFileOf(...args).replace(/\.jsonl$/, ".live");
}

// The classpath the bundled Neo4j and its importer run with: the fetched jars, each signed one replaced by an unsigned
// copy made once per machine (unsign-jar.ts), so class-data sharing archives its classes too. The fetched jars are
// never changed: the copies live in `unsigned/` beside them, with the checksums they were made and checked with.
import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from "node:fs";
import { delimiter, join } from "node:path";
import { LocalNeo4jError } from "./errors.ts";
import type { InstancePaths } from "./paths.ts";
import { isSignatureFile, sameEntries, unsignJar } from "./unsign-jar.ts";
import { zipFileDirectory } from "./zip-central.ts";

export interface Classpath {
  /** The -cp value. */
  value: string;
  /** Names the class-data sharing archive of this set of jars (empty for the fetched folder as it is). */
  tag: string;
}

interface CopyRecord {
  /** SHA-256 of the fetched jar the copy was made from, and of the copy as written. */
  sourceSha256: string;
  sha256: string;
  size: number;
  mtimeMs: number;
}

interface UnsignedRecord {
  /** The fetched jars' names, sizes and times when the signed ones were looked for. */
  jars: string;
  copies: Record<string, CopyRecord>;
}

export const unsignedDir = (paths: InstancePaths) => join(paths.lib, "unsigned");
const recordFile = (paths: InstancePaths) => join(unsignedDir(paths), "unsigned.json");
const sha256 = (bytes: Buffer | string) => createHash("sha256").update(bytes).digest("hex");

/** Jars as `lib/*` would give them: the JVM's own wildcard, no copies (the old way, kept for benchmarks). */
export const fetchedClasspath = (paths: InstancePaths): Classpath => ({ value: join(paths.lib, "*"), tag: "" });

export function neo4jClasspath(paths: InstancePaths): Classpath {
  const jars = readdirSync(paths.lib)
    .filter((f) => f.endsWith(".jar"))
    .sort();
  const listing = jars
    .map((j) => {
      const s = statSync(join(paths.lib, j));
      return `${j}:${s.size}:${s.mtimeMs}`;
    })
    .join("|");
  const known = readRecord(paths);
  const copies =
    known && known.jars === listing && copiesIntact(paths, known) ? known.copies : makeCopies(paths, jars, listing);
  const entries = jars.map((j) => (copies[j] ? join(unsignedDir(paths), j) : join(paths.lib, j)));
  // An archive holds the jars' sizes and times and is refused when one changed: a re-fetched jar or a copy made
  // again names another archive.
  const made = Object.values(copies).map((c) => `${c.sha256}:${c.mtimeMs}`);
  return { value: entries.join(delimiter), tag: sha256([...entries, listing, ...made].join("\n")).slice(0, 12) };
}

function readRecord(paths: InstancePaths): UnsignedRecord | undefined {
  try {
    return JSON.parse(readFileSync(recordFile(paths), "utf8")) as UnsignedRecord;
  } catch {
    return undefined;
  }
}

/** Each copy is still the file that was written and checked (same size and time); anything else is made again. */
function copiesIntact(paths: InstancePaths, record: UnsignedRecord): boolean {
  return Object.entries(record.copies).every(([name, c]) => {
    const s = statSync(join(unsignedDir(paths), name), { throwIfNoEntry: false });
    return s !== undefined && s.size === c.size && s.mtimeMs === c.mtimeMs;
  });
}

/** Finds the signed jars (from each jar's central directory) and writes a checked unsigned copy of each. */
function makeCopies(paths: InstancePaths, jars: string[], listing: string): Record<string, CopyRecord> {
  const dir = unsignedDir(paths);
  mkdirSync(dir, { recursive: true });
  const copies: Record<string, CopyRecord> = {};
  for (const jar of jars) {
    const source = join(paths.lib, jar);
    if (!zipFileDirectory(source).entries.some((e) => isSignatureFile(e.name))) continue;
    const bytes = readFileSync(source);
    const copy = unsignJar(bytes, source);
    const differs = sameEntries(bytes, copy);
    if (differs) throw new LocalNeo4jError(`The unsigned copy of ${source} is not the same jar: ${differs}`);
    const target = join(dir, jar);
    // Written aside and renamed, so a start running at the same time never maps a half-written jar.
    const part = `${target}.${randomBytes(4).toString("hex")}.part`;
    writeFileSync(part, copy);
    renameSync(part, target);
    const s = statSync(target);
    copies[jar] = { sourceSha256: sha256(bytes), sha256: sha256(copy), size: s.size, mtimeMs: s.mtimeMs };
  }
  const record: UnsignedRecord = { jars: listing, copies };
  const part = `${recordFile(paths)}.${randomBytes(4).toString("hex")}.part`;
  writeFileSync(part, JSON.stringify(record, null, 2));
  renameSync(part, recordFile(paths));
  return copies;
}

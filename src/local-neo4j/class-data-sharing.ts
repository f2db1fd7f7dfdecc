// JVM class-data sharing for the bundled Neo4j: a start with no archive yet records the classes it loads into one
// when its JVM exits; later starts, of any instance using the same jars, map it instead of loading those classes again.
import { createHash, randomBytes } from "node:crypto";
import { existsSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import type { InstancePaths } from "./paths.ts";

/** An archive being written by a JVM that is shutting down is younger than this; older ones are complete. */
const SETTLED_MS = 60_000;

export interface SharingOptions {
  /** Neo4j's server, or its offline importer (neo4j-admin): each loads other classes, so each has its own archive. */
  program?: "neo4j" | "neo4j-admin";
  /** The classpath's tag (classpath.ts): an archive only serves the jars it was written from. */
  classpathTag?: string;
}

export interface Sharing {
  args: string[];
  /** The archive this JVM writes when it exits, if it writes one; see promoteArchive. */
  writing?: string;
}

/**
 * The java options for this start. An archive is tied to the JVM build and the jars that made it, so its name holds
 * both; one the JVM cannot use anyway is ignored with a warning, never fatal (-Xshare:auto, the default).
 * Instances share one archive beside the jars. A JVM writes its archive under a name of its own (two first starts may
 * run at once); it is promoted to the shared name once its JVM has exited normally (promoteArchive), or by a later
 * start once it has not changed for a minute.
 */
export function classDataSharing(
  paths: InstancePaths,
  version: string,
  javaVersion: string,
  options: SharingOptions = {},
): Sharing {
  const build = createHash("sha256").update(javaVersion).digest("hex").slice(0, 12);
  const jars = options.classpathTag ? `-jars-${options.classpathTag}` : "";
  const name = `classes-${options.program ?? "neo4j"}-${version}-java-${build}${jars}.jsa`;
  const archive = join(paths.lib, name);
  if (!usable(archive)) promoteFinished(paths.lib, name);
  if (usable(archive)) {
    removeSettledParts(paths.lib, name);
    return { args: [`-XX:SharedArchiveFile=${archive}`] };
  }
  const writing = `${archive}.${randomBytes(4).toString("hex")}.part`;
  return { args: [`-XX:ArchiveClassesAtExit=${writing}`], writing };
}

export const classDataSharingArgs = (...args: Parameters<typeof classDataSharing>): string[] =>
  classDataSharing(...args).args;

/**
 * The JVM that wrote `part` has exited normally, so the archive is whole: it becomes the shared one at once (unless
 * another start's already is), and the next start maps it instead of waiting a minute to be sure.
 */
export function promoteArchive(part: string): void {
  const archive = part.replace(/\.[0-9a-f]{8}\.part$/, "");
  if (archive === part || !usable(part)) return;
  if (usable(archive)) {
    rmSync(part, { force: true });
    return;
  }
  try {
    renameSync(part, archive);
  } catch {
    // Another start promoted its own first; this one is settled and removed by a later start.
  }
}

const usable = (file: string) => existsSync(file) && statSync(file).size > 0;

function promoteFinished(dir: string, name: string): void {
  const now = Date.now();
  for (const file of readdirSync(dir).filter((f) => f.startsWith(`${name}.`) && f.endsWith(".part"))) {
    const path = join(dir, file);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat || stat.size === 0 || now - stat.mtimeMs < SETTLED_MS) continue;
    try {
      renameSync(path, join(dir, name));
      return;
    } catch {
      // Another start promoted one first.
    }
  }
}

/** Archives other first starts wrote at the same time are not needed once one is shared (each is about 110 MB). */
function removeSettledParts(dir: string, name: string): void {
  const now = Date.now();
  for (const file of readdirSync(dir).filter((f) => f.startsWith(`${name}.`) && f.endsWith(".part"))) {
    const stat = statSync(join(dir, file), { throwIfNoEntry: false });
    if (stat && now - stat.mtimeMs >= SETTLED_MS) rmSync(join(dir, file), { force: true });
  }
}

// JVM class-data sharing for the bundled Neo4j: a start with no archive yet records the classes it loads into one
// when its JVM exits; later starts, of any instance using the same jars, map it instead of loading those classes again.
import { createHash, randomBytes } from "node:crypto";
import { existsSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import type { InstancePaths } from "./paths.ts";

/** An archive being written by a JVM that is shutting down is younger than this; older ones are complete. */
const SETTLED_MS = 60_000;

/**
 * The java options for this start. An archive is tied to the JVM build and the jars that made it, so its name holds
 * both; one the JVM cannot use anyway is ignored with a warning, never fatal (-Xshare:auto, the default).
 * Instances share one archive beside the jars. A JVM writes its archive under a name of its own (two first starts may
 * run at once); a later start promotes a finished one to the shared name with an atomic rename.
 */
export function classDataSharingArgs(paths: InstancePaths, version: string, javaVersion: string): string[] {
  const build = createHash("sha256").update(javaVersion).digest("hex").slice(0, 12);
  const name = `classes-neo4j-${version}-java-${build}.jsa`;
  const archive = join(paths.lib, name);
  if (!usable(archive)) promoteFinished(paths.lib, name);
  if (usable(archive)) {
    removeSettledParts(paths.lib, name);
    return [`-XX:SharedArchiveFile=${archive}`];
  }
  return [`-XX:ArchiveClassesAtExit=${archive}.${randomBytes(4).toString("hex")}.part`];
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

// The explorer's side: one private Vite build of the committed explorer per benchmark run, copied next to each size's snapshot.
import { execFile } from "node:child_process";
import { cp, mkdir, rm, symlink } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { build } from "vite";
import type { Snapshot } from "../../shared/index.ts";
import { SNAPSHOT_FILE, writeSnapshotFiles } from "../../offline-export/write-site.ts";

const run = promisify(execFile);

/**
 * Builds HEAD (or another commit, `ref`) as committed (from `git archive`), never the working tree: several people
 * edit this checkout at once, and a figure must name the code it measured. Into `outDir`, never the shared dist/.
 */
export async function buildExplorer(
  root: string,
  workDir: string,
  outDir: string,
  ref = "HEAD",
): Promise<{ commit: string }> {
  const commit = (await run("git", ["rev-parse", "--short", `${ref}^{commit}`], { cwd: root })).stdout.trim();
  const source = join(workDir, "source");
  await rm(source, { recursive: true, force: true });
  await mkdir(source, { recursive: true });
  const tar = join(workDir, "source.tar");
  await run("git", ["archive", "--format=tar", "-o", tar, commit], { cwd: root });
  await run("tar", ["-xf", tar, "-C", source]);
  await symlink(join(root, "node_modules"), join(source, "node_modules"), "dir");
  try {
    await build({
      root: source,
      configFile: join(source, "vite.config.ts"),
      base: "./",
      logLevel: "error",
      build: { outDir, emptyOutDir: true, sourcemap: false },
    });
  } finally {
    await rm(source, { recursive: true, force: true });
    await rm(tar, { force: true });
  }
  return { commit };
}

/** A static offline explorer for one data set; returns the snapshot file's path and size. */
export async function writeExplorerSite(
  builtDir: string,
  dir: string,
  snapshot: Snapshot,
): Promise<{ snapshotFile: string; bytes: number }> {
  await cp(builtDir, dir, { recursive: true });
  const { snapshotBytes } = await writeSnapshotFiles(dir, snapshot);
  return { snapshotFile: join(dir, SNAPSHOT_FILE), bytes: snapshotBytes };
}

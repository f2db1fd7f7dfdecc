// The explorer's side: one private Vite build per benchmark run, copied next to each size's snapshot.
import { cp } from "node:fs/promises";
import { join } from "node:path";
import { build } from "vite";
import type { Snapshot } from "../../../shared/index.ts";
import { SNAPSHOT_FILE, writeSnapshotFiles } from "../../snapshot/write-site.ts";

/** Builds into `outDir`, never the shared dist/, so another build cannot change ours mid-run. */
export async function buildExplorer(root: string, outDir: string): Promise<void> {
  await build({ root, base: "./", logLevel: "warn", build: { outDir, emptyOutDir: true, sourcemap: false } });
}

/** A static offline explorer for one data set; returns the snapshot file's path and size. */
export async function writeExplorerSite(builtDir: string, dir: string, snapshot: Snapshot): Promise<{ snapshotFile: string; bytes: number }> {
  await cp(builtDir, dir, { recursive: true });
  const { snapshotBytes } = await writeSnapshotFiles(dir, snapshot);
  return { snapshotFile: join(dir, SNAPSHOT_FILE), bytes: snapshotBytes };
}

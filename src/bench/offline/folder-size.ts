// What a static host stores and sends for an exported folder: every file's bytes, and the snapshot plain and gzipped.
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { SNAPSHOT_FILE } from "../../offline-export/index.ts";

export interface FolderSize {
  files: number;
  totalBytes: number;
  snapshotBytes: number;
  /** gzip level 6, what common static hosts send when the browser accepts it. */
  snapshotGzipBytes: number;
  /** Everything but the snapshot: the built explorer. */
  appBytes: number;
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? walk(join(dir, e.name)) : Promise.resolve([join(dir, e.name)]))),
  );
  return nested.flat();
}

export async function folderSize(dir: string): Promise<FolderSize> {
  const files = await walk(dir);
  const sizes = await Promise.all(files.map(async (f) => (await stat(f)).size));
  const totalBytes = sizes.reduce((a, b) => a + b, 0);
  const snapshot = await readFile(join(dir, SNAPSHOT_FILE));
  return {
    files: files.length,
    totalBytes,
    snapshotBytes: snapshot.length,
    snapshotGzipBytes: gzipSync(snapshot, { level: 6 }).length,
    appBytes: totalBytes - snapshot.length,
  };
}

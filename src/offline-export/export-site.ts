// The offline edition in one call: read the snapshot, build the explorer with relative paths, write both to a folder.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { build } from "vite";
import type { ReadContext } from "../server/db/read.ts";
import { buildSnapshot, type SnapshotOptions } from "./build-snapshot.ts";
import { writeSnapshotFiles } from "./write-site.ts";
import type { Snapshot } from "../shared/index.ts";

export interface ExportSiteOptions extends SnapshotOptions {
  /** Project root: where vite.config.ts and index.html are. */
  root: string;
  outDir: string;
}

export async function exportSite(
  ctx: ReadContext,
  opts: ExportSiteOptions,
): Promise<{ snapshot: Snapshot; snapshotBytes: number }> {
  // Without a word about it, the article's own perspective file goes in (null: a generated one).
  const articlePerspective = join(opts.root, "graph", "perspective.json");
  const perspectiveFile =
    opts.perspectiveFile === undefined && existsSync(articlePerspective) ? articlePerspective : opts.perspectiveFile;
  const snapshot = await buildSnapshot(ctx, { ...opts, perspectiveFile });
  // Relative asset paths, so the folder works under any path of any static host; no source maps (they would
  // triple the folder a teacher copies to a USB stick).
  await build({
    root: opts.root,
    base: "./",
    logLevel: "warn",
    build: { outDir: opts.outDir, emptyOutDir: true, sourcemap: false },
  });
  const { snapshotBytes } = await writeSnapshotFiles(opts.outDir, snapshot);
  return { snapshot, snapshotBytes };
}

// Writes the static site: the built explorer (relative asset paths) plus snapshot.json, named in a meta tag.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { compactSnapshot, SNAPSHOT_VERSION, type Snapshot } from "../../shared/index.ts";

export const SNAPSHOT_FILE = "snapshot.json";
/** The client reads this meta tag at start to choose the snapshot data source instead of the live API. */
export const DATA_META = `<meta name="explorer-data" content="${SNAPSHOT_FILE}" />`;

export async function writeSnapshotFiles(outDir: string, snapshot: Snapshot): Promise<{ snapshotBytes: number }> {
  // On disk, saved-query results refer to the graph instead of repeating it (format version 2).
  const json = JSON.stringify(compactSnapshot(snapshot, SNAPSHOT_VERSION));
  await writeFile(join(outDir, SNAPSHOT_FILE), json);
  const indexPath = join(outDir, "index.html");
  const html = await readFile(indexPath, "utf8");
  if (!html.includes("</head>")) throw new Error(`${indexPath}: no </head> to insert the data meta tag before`);
  await writeFile(indexPath, html.replace("</head>", `    ${DATA_META}\n  </head>`));
  return { snapshotBytes: Buffer.byteLength(json) };
}

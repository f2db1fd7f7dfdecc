// Writes the static site: the built explorer (relative asset paths) plus snapshot.json, named in a meta tag.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { compactSnapshot, SNAPSHOT_VERSION, type Snapshot } from "../shared/index.ts";

export const SNAPSHOT_FILE = "snapshot.json";
/** The client reads this meta tag at start to choose the snapshot data source instead of the live API. */
export const DATA_META = `<meta name="explorer-data" content="${SNAPSHOT_FILE}" />`;

/**
 * Visible until the explorer starts (offline-banner.ts removes it). Chromium will not run a page's module scripts
 * opened from disk (file://), so without this the page would stay blank; styled inline because the stylesheet is
 * blocked there too.
 */
export const DISK_NOTE =
  '<div id="disk-note" data-testid="disk-note" style="font: 18px/1.5 system-ui, sans-serif; max-width: 44em; margin: 2em auto; padding: 1em 1.5em; border: 2px solid #888">' +
  "<p><strong>Loading the explorer…</strong></p>" +
  "<p>If this message stays, this page was probably opened straight from disk, and the browser refuses to run it from there (Chrome and Edge do). " +
  "Serve this folder instead: open a terminal in it, run <code>python3 -m http.server 8000</code>, then open " +
  '<a href="http://localhost:8000/">http://localhost:8000/</a>. Any static web host works too.</p></div>';

export async function writeSnapshotFiles(outDir: string, snapshot: Snapshot): Promise<{ snapshotBytes: number }> {
  // On disk, saved-query results refer to the graph instead of repeating it (format version 2).
  const json = JSON.stringify(compactSnapshot(snapshot, SNAPSHOT_VERSION));
  await writeFile(join(outDir, SNAPSHOT_FILE), json);
  const indexPath = join(outDir, "index.html");
  const html = await readFile(indexPath, "utf8");
  if (!html.includes("</head>") || !html.includes("<body>"))
    throw new Error(`${indexPath}: no </head> and <body> to insert the data meta tag and the disk note at`);
  await writeFile(
    indexPath,
    html.replace("</head>", `    ${DATA_META}\n  </head>`).replace("<body>", `<body>\n    ${DISK_NOTE}`),
  );
  return { snapshotBytes: Buffer.byteLength(json) };
}

// Writes the vis-network comparison site: a page, vis-network's standalone UMD build, and the same snapshot file.
import { copyFile, mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { browserScript } from "./browser-script.ts";

export const VIS_UMD = "node_modules/vis-network/standalone/umd/vis-network.min.js";

const page = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>vis-network comparison page</title>
    <style>
      html, body { margin: 0; height: 100%; }
      #stage { position: absolute; inset: 0; }
    </style>
    <script src="vis-network.min.js"></script>
  </head>
  <body>
    <div id="stage"></div>
    <script src="vis-page.js"></script>
  </body>
</html>
`;

/** `snapshotFile` is the explorer site's snapshot.json: both pages read the very same bytes. */
export async function writeVisSite(root: string, dir: string, snapshotFile: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, "index.html"), page);
  await writeFile(join(dir, "vis-page.js"), await browserScript("vis-page.ts"));
  await copyFile(join(root, VIS_UMD), join(dir, "vis-network.min.js"));
  await copyFile(snapshotFile, join(dir, "snapshot.json"));
}

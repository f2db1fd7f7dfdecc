// Writes the plain-Sigma comparison site: sigma-page.ts bundled once per run with Vite, a page, and the same snapshot.
import { copyFile, mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";

export const SIGMA_SCRIPT = "sigma-page.js";

const page = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>plain Sigma comparison page</title>
    <style>
      html, body { margin: 0; height: 100%; }
      #stage { position: absolute; inset: 0; }
    </style>
  </head>
  <body>
    <div id="stage"></div>
    <script src="${SIGMA_SCRIPT}"></script>
  </body>
</html>
`;

/**
 * One self-contained script (sigma and graphology inside, minified as a production build) into `outDir`. Built from
 * the working tree's bench folder and node_modules: the page is the yardstick, not the code under measure.
 */
export async function buildSigmaPage(root: string, outDir: string): Promise<void> {
  await build({
    root,
    configFile: false,
    logLevel: "error",
    define: { "process.env.NODE_ENV": JSON.stringify("production") },
    build: {
      outDir,
      emptyOutDir: true,
      sourcemap: false,
      target: "es2022",
      lib: {
        entry: fileURLToPath(new URL("sigma-page.ts", import.meta.url)),
        formats: ["iife"],
        name: "plainSigmaPage",
        fileName: () => SIGMA_SCRIPT,
      },
    },
  });
}

/** `snapshotFile` is the explorer site's snapshot.json: all pages read the very same bytes. */
export async function writeSigmaSite(builtDir: string, dir: string, snapshotFile: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, "index.html"), page);
  await copyFile(join(builtDir, SIGMA_SCRIPT), join(dir, SIGMA_SCRIPT));
  await copyFile(snapshotFile, join(dir, "snapshot.json"));
}

// An offline site for browser tests: the test build copied into a folder whose page reads `snapshot.json` from it.
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { serveStatic } from "./static-server.ts";
import type { Served } from "./explorer-page.ts";

const distDir = new URL("../../dist/", import.meta.url).pathname;

/** Copies the build into `siteDir`, writes `snapshot` there when given, and serves the folder. */
export function serveSnapshotSite(siteDir: string, snapshot?: unknown): Promise<Served> {
  cpSync(distDir, siteDir, { recursive: true });
  if (snapshot !== undefined) writeFileSync(join(siteDir, "snapshot.json"), JSON.stringify(snapshot));
  const html = readFileSync(join(siteDir, "index.html"), "utf8");
  writeFileSync(
    join(siteDir, "index.html"),
    html.replace("</head>", '<meta name="explorer-data" content="snapshot.json" /></head>'),
  );
  return serveStatic(siteDir);
}

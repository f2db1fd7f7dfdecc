// The `--cypher DIR` branch of `npm run export`: checks the folder, runs the export, says how to load the copy.
import { existsSync, readdirSync } from "node:fs";
import { resolve } from "node:path";
import { ConfigError } from "../src/server/errors.ts";
import { runCypherExport } from "../src/cypher-export/index.ts";

export async function exportCypherFolder(dir: string, options: { graph?: string; force?: boolean }): Promise<void> {
  const outDir = resolve(dir);
  if (existsSync(outDir) && readdirSync(outDir).length && !options.force) {
    throw new ConfigError(`${outDir} is not empty; pass --force to replace its scripts, queries and sources.`);
  }
  const t0 = performance.now();
  const report = await runCypherExport({
    outDir,
    ...(options.graph ? { graph: options.graph } : {}),
    log: console.log,
  });
  console.log(
    `Wrote ${report.nodes} nodes and ${report.relationships} relationships as ${report.statements} statements ` +
      `(${report.identity === "key" ? "matched by their id" : "matched by a temporary key the last script removes"}) ` +
      `to ${outDir} in ${((performance.now() - t0) / 1000).toFixed(1)} s:\n  ${report.files.join("\n  ")}\n` +
      `Load it with \`npm start -- --graph ${dir}\` (or \`npm run seed -- --graph ${dir}\`).`,
  );
}

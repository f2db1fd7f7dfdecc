// `npm run bench:offline`: size and time to interactive of the offline edition, for the article graph and a synthetic one.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { projectRoot } from "../src/server/db/resolve.ts";
import { BadRequestError } from "../src/server/errors.ts";
import { spliceNamedSection } from "../src/server/bench/markdown-section.ts";
import { renderOfflineReport, OFFLINE_SECTION } from "../src/server/bench/offline/report.ts";
import { runOfflineBench } from "../src/server/bench/offline/run.ts";
import { runCli } from "./cli.ts";

const USAGE = `usage: npm run bench:offline -- [--runs 3] [--entities 10000] [--relationships 50000] [--seed 42] [--write]
  A private Neo4j (.data/neo4j-bench-offline, port 7793) is created, used and deleted; dev and test data are never touched.
  --write  put the figures into BENCHMARKS.md (its offline section; other sections stay)`;

const num = (name: string, v: string) => {
  const n = Number(v.replace(/_/g, ""));
  if (!Number.isInteger(n) || n < 1) throw new BadRequestError(`--${name} must be a positive whole number, got ${v}\n${USAGE}`);
  return n;
};

await runCli(async () => {
  const { values: v } = parseArgs({
    options: {
      runs: { type: "string", default: "3" },
      entities: { type: "string", default: "10000" },
      relationships: { type: "string", default: "50000" },
      seed: { type: "string", default: "42" },
      write: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (v.help) return console.log(USAGE);
  const root = projectRoot();
  const started = new Date();
  const result = await runOfflineBench({
    root,
    runs: num("runs", v.runs),
    synthetic: { entities: num("entities", v.entities), relationships: num("relationships", v.relationships), seed: num("seed", v.seed) },
    log: (line) => console.log(line),
  });
  const command = `npm run bench:offline -- ${process.argv.slice(2).filter((a) => a !== "--write").join(" ")}`.trim();
  const section = renderOfflineReport(result, command, started.toISOString().slice(0, 10));
  console.log(`\n${section}`);
  if (v.write) {
    // Read right before writing: other sections of this shared file may have changed meanwhile.
    const file = join(root, "BENCHMARKS.md");
    await writeFile(file, spliceNamedSection(await readFile(file, "utf8"), OFFLINE_SECTION, section));
    console.log(`\nWrote the offline section of ${file}`);
  }
});

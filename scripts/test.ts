// `npm test` and its tiers: unit (no database), integration (real Neo4j), browser (real Chromium), or all.
import { readdirSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { runCli } from "./cli.ts";
import { prepareTestDatabase } from "./test-database.ts";
import { buildClientIfStale } from "./build-client.ts";
import { runTestFiles, summaryLines } from "./test-runner.ts";
import { chooseChromium } from "../src/bench/chromium.ts";

const root = resolve(import.meta.dirname, "..");
const TIERS = ["unit", "integration", "browser"] as const;
type Tier = (typeof TIERS)[number];
// A generous bound for one file (the longest take a few minutes): past it the file is killed and fails by name.
const FILE_TIMEOUT_MS = Number(process.env.TEST_FILE_TIMEOUT_MS) || 15 * 60_000;

function testFiles(dir: string, tier: Tier): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "fixtures" ? [] : testFiles(path, tier);
    return entry.name.endsWith(`.${tier}.test.ts`) ? [relative(root, path)] : [];
  });
}

await runCli(async () => {
  const { positionals } = parseArgs({ allowPositionals: true });
  const wanted = positionals[0] ?? "all";
  const tiers: Tier[] = wanted === "all" ? [...TIERS] : TIERS.filter((t) => t === wanted);
  if (!tiers.length) throw new Error(`Unknown test tier '${wanted}': use unit, integration, browser or all`);
  // Words after the tier keep only the files whose path contains one of them: `tsx scripts/test.ts browser big-graph`.
  const only = positionals.slice(1);
  const files = tiers
    .flatMap((tier) => testFiles(join(root, "test"), tier))
    .filter((f) => !only.length || only.some((word) => f.includes(word)))
    .sort();
  if (!files.length)
    throw new Error(`No test files for tier '${wanted}'${only.length ? ` matching ${only.join(", ")}` : ""}`);
  const needsDb = tiers.some((t) => t !== "unit");
  const db = needsDb ? await prepareTestDatabase(root) : undefined;
  // Browser tests drive the page through window.__explorer: they load a test build of dist/, and the offline
  // exports they make themselves are test builds too (vite.config.ts reads EXPLORER_TEST_HOOKS).
  const browser = tiers.includes("browser");
  if (browser) await buildClientIfStale(console.log, "test");
  try {
    // Picked (and the bundled one unpacked) once here, before any file launches it.
    if (browser) console.log(`Browser tests use ${(await chooseChromium()).label}`);
    console.log(`Running ${files.length} test files (${tiers.join(", ")})`);
    const began = Date.now();
    const options = {
      cwd: root,
      env: { ...process.env, ...db?.env, ...(browser ? { EXPLORER_TEST_HOOKS: "1" } : {}) },
      nodeArgs: ["--import", "tsx"],
    };
    // Each file in its own process with a time limit. Unit files share nothing, so two run at a time (2 cores); the
    // others run one at a time because integration and browser tests share one database.
    const unit = files.filter((f) => f.endsWith(".unit.test.ts"));
    const results = [
      ...(await runTestFiles(unit, { ...options, concurrency: 2, fileTimeoutMs: FILE_TIMEOUT_MS })),
      ...(await runTestFiles(
        files.filter((f) => !unit.includes(f)),
        { ...options, concurrency: 1, fileTimeoutMs: FILE_TIMEOUT_MS },
      )),
    ];
    for (const line of summaryLines(results, Date.now() - began)) console.log(line);
    process.exitCode = results.some((r) => r.failed > 0) ? 1 : 0;
  } finally {
    await db?.stop();
  }
});

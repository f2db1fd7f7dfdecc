// `npm test` and its tiers: unit (no database), integration (real Neo4j), browser (real Chromium), or all.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { runCli } from "./cli.ts";
import { prepareTestDatabase } from "./test-database.ts";
import { buildClientIfStale } from "./build-client.ts";

const root = resolve(import.meta.dirname, "..");
const TIERS = ["unit", "integration", "browser"] as const;
type Tier = (typeof TIERS)[number];

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
  const files = tiers.flatMap((tier) => testFiles(join(root, "test"), tier)).sort();
  if (!files.length) throw new Error(`No test files for tier '${wanted}'`);
  const needsDb = tiers.some((t) => t !== "unit");
  const db = needsDb ? await prepareTestDatabase(root) : undefined;
  // Browser tests drive the page through window.__explorer: they load a test build of dist/, and the offline
  // exports they make themselves are test builds too (vite.config.ts reads EXPLORER_TEST_HOOKS).
  const browser = tiers.includes("browser");
  if (browser) await buildClientIfStale(console.log, "test");
  try {
    console.log(`Running ${files.length} test files (${tiers.join(", ")})`);
    // One runner process for every tier, so there is one closing summary; files run one at a time
    // because integration tests share one database.
    const run = spawnSync(process.execPath, ["--import", "tsx", "--test", "--test-concurrency=1", ...files], {
      cwd: root,
      stdio: "inherit",
      env: { ...process.env, ...db?.env, ...(browser ? { EXPLORER_TEST_HOOKS: "1" } : {}) },
    });
    process.exitCode = run.status ?? 1;
  } finally {
    await db?.stop();
  }
});

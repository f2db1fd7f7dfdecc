// Builds the explorer with Vite when dist/ is missing, older than its sources, or of the other kind (production or
// test build, see vite.config.ts), so `npm start` stays fast and never serves a test build.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const inputs = ["index.html", "vite.config.ts", "src/client", "src/shared"];

function newestMtime(path: string): number {
  const full = join(root, path);
  if (!existsSync(full)) return 0;
  const stat = statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(full).map((name) => newestMtime(join(path, name))));
}

export const distDir = join(root, "dist");

/** "test": the build browser tests load, with window.__explorer; "production": what `npm start` serves. */
export type ClientBuildMode = "production" | "test";

/** Which kind of build dist/ holds (a dotfile: the static server does not serve it). */
const stampFile = join(distDir, ".build-mode");

function builtMode(): string | null {
  return existsSync(stampFile) ? readFileSync(stampFile, "utf8").trim() : null;
}

export async function buildClientIfStale(
  log: (line: string) => void = console.log,
  mode: ClientBuildMode = "production",
): Promise<string> {
  const built = join(distDir, "index.html");
  const fresh = existsSync(built) && statSync(built).mtimeMs >= Math.max(...inputs.map(newestMtime));
  if (fresh && builtMode() === mode) return distDir;
  log(`Building the explorer (vite build, ${mode})...`);
  const previous = process.env.EXPLORER_TEST_HOOKS;
  process.env.EXPLORER_TEST_HOOKS = mode === "test" ? "1" : "0";
  try {
    // Imported only when a build is due: vite's import alone costs about 0.3 s of every `npm start`.
    const { build } = await import("vite");
    await build({ root, logLevel: "warn" });
  } finally {
    if (previous === undefined) delete process.env.EXPLORER_TEST_HOOKS;
    else process.env.EXPLORER_TEST_HOOKS = previous;
  }
  writeFileSync(stampFile, `${mode}\n`);
  return distDir;
}

// Builds the explorer with Vite when dist/ is missing or older than its sources, so `npm start` stays fast.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { build } from "vite";

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

export async function buildClientIfStale(log: (line: string) => void = console.log): Promise<string> {
  const built = join(distDir, "index.html");
  if (existsSync(built) && statSync(built).mtimeMs >= Math.max(...inputs.map(newestMtime))) return distDir;
  log("Building the explorer (vite build)...");
  await build({ root, logLevel: "warn" });
  return distDir;
}

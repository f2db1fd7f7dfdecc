// Turns the benchmark's in-page TypeScript (probe, vis-network page) into plain JavaScript for the browser.
// esbuild through Vite, not tsx: tsx keeps function names with a helper that does not exist in the page.
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { transformWithEsbuild } from "vite";

const cache = new Map<string, Promise<string>>();

/** `name` is a file of this folder, e.g. "page-probe.ts"; the result is one self-contained script. */
export function browserScript(name: string): Promise<string> {
  let script = cache.get(name);
  if (!script) {
    const path = fileURLToPath(new URL(name, import.meta.url));
    script = readFile(path, "utf8").then(
      async (source) => (await transformWithEsbuild(source, path, { format: "iife", target: "es2022" })).code,
    );
    cache.set(name, script);
  }
  return script;
}

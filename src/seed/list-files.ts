// Finds the default seed scripts: top-level *.cypher files of a folder, in file-name order.
import { readdir } from "node:fs/promises";
import { join } from "node:path";

export async function listSeedFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  // Code-unit order rather than locale order, so 01-…, 02-… prefixes sort the same on every machine.
  const names = entries.filter((e) => e.isFile() && e.name.endsWith(".cypher")).map((e) => e.name);
  return names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map((name) => join(dir, name));
}

// Reads and checks DIR/manifest.json, which names the files and the counts a bulk load must reach.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { SeedFileError } from "../errors.ts";
import { ManifestSchema, type BulkManifest } from "./rows.ts";

export async function readManifest(dir: string): Promise<BulkManifest> {
  const file = join(dir, "manifest.json");
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    throw new SeedFileError(
      `${file} not found: --bulk takes a folder written by \`npm run generate\` (entities.jsonl, relationships.jsonl, manifest.json).`,
      { file },
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new SeedFileError(`${file}: not JSON (${(err as Error).message})`, { file });
  }
  const parsed = ManifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SeedFileError(`${file}: ${issue?.path.join(".") || "(manifest)"} ${issue?.message ?? "is invalid"}`, {
      file,
    });
  }
  return parsed.data;
}

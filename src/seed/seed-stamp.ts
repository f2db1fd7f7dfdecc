// Records which version of the seed scripts a database holds, so `npm start` skips reloading unchanged scripts.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { readSourceTexts } from "./source-quotes.ts";
import { basename } from "node:path";
import type { Driver } from "neo4j-driver";
import { READ_SEED_STAMP, WRITE_SEED_STAMP } from "./queries.ts";

export async function scriptsHash(files: readonly string[]): Promise<string> {
  const hash = createHash("sha256");
  for (const file of files)
    hash
      .update(basename(file))
      .update("\0")
      .update(await readFile(file))
      .update("\0");
  // The source texts beside the scripts are part of the load too: a corrected article must reload.
  for (const { id, text } of (await readSourceTexts(files)).values()) hash.update(id).update("\0").update(text);
  return hash.digest("hex");
}

export async function readStamp(driver: Driver, database: string): Promise<string | undefined> {
  const { records } = await driver.executeQuery(READ_SEED_STAMP, {}, { database });
  return records[0]?.get("hash") ?? undefined;
}

export async function writeStamp(driver: Driver, database: string, hash: string): Promise<void> {
  await driver.executeQuery(WRITE_SEED_STAMP, { hash }, { database });
}

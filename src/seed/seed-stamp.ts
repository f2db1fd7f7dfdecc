// Records which version of the seed scripts a database holds, so `npm start` skips reloading unchanged scripts.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
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
  return hash.digest("hex");
}

export async function readStamp(driver: Driver, database: string): Promise<string | undefined> {
  const { records } = await driver.executeQuery(READ_SEED_STAMP, {}, { database });
  return records[0]?.get("hash") ?? undefined;
}

export async function writeStamp(driver: Driver, database: string, hash: string): Promise<void> {
  await driver.executeQuery(WRITE_SEED_STAMP, { hash }, { database });
}

// Reads and bumps the database version (queries/db-version.ts): loads and API writes bump it, the answer cache reads it.
import type { Driver, Transaction } from "../db/driver-types.ts";
import { readRecords, type ReadContext } from "../db/read.ts";
import { BUMP_DB_VERSION, READ_DB_VERSION } from "../queries/db-version.ts";

/** What an unstamped database counts as: one version, so a TTL still bounds how old an answer gets. */
export const UNSTAMPED = "unstamped";

export async function readDbVersion(ctx: ReadContext): Promise<string> {
  const [record] = await readRecords(ctx, READ_DB_VERSION);
  const version: unknown = record?.get("version");
  return typeof version === "string" ? version : UNSTAMPED;
}

/** Marks the graph as changed: every answer cached by a running explorer is then out of date. */
export async function bumpDbVersion(driver: Driver, database: string): Promise<void> {
  await driver.executeQuery(BUMP_DB_VERSION, {}, { database });
}

/** The same inside a load's own transaction: the bump commits with the data, or not at all. */
export async function bumpDbVersionIn(tx: Transaction): Promise<void> {
  await tx.run(BUMP_DB_VERSION);
}

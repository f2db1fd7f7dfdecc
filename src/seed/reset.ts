// Emptying a database: the batched reset of `--bulk`, and dropping all schema (shared with the script loader).
import neo4j, { type Driver, type Session, type Transaction } from "neo4j-driver";
import type { ResetOptions, ResetReport } from "./types.ts";
import { bumpDbVersion } from "../server/answer-cache/db-version.ts";
import { DELETE_ALL, dropSchemaItem, SHOW_CONSTRAINT_NAMES, SHOW_INDEX_NAMES } from "./queries.ts";

/**
 * Deletes in batches of committed transactions, so a graph of any size goes, but not atomically: `--bulk` uses it
 * (see graph/README.md for what that mode guarantees). Script loads delete inside their own transaction instead.
 */
export async function resetDatabase(
  driver: Driver,
  database: string,
  options: ResetOptions = {},
): Promise<ResetReport> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  try {
    const { summary } = await session.run(DELETE_ALL);
    const { nodesDeleted, relationshipsDeleted } = summary.counters.updates();
    const report: ResetReport = {
      nodesDeleted: nodesDeleted ?? 0,
      relationshipsDeleted: relationshipsDeleted ?? 0,
      constraintsDropped: 0,
      indexesDropped: 0,
    };
    if (options.dropSchema) {
      const dropped = await dropAllSchema(session);
      report.constraintsDropped = dropped.constraints;
      report.indexesDropped = dropped.indexes;
    }
    await bumpDbVersion(driver, database);
    return report;
  } finally {
    await session.close();
  }
}

/** Every constraint and index except LOOKUP ones (Neo4j needs them); in a session, or in a throwaway transaction. */
/** Drops every constraint and index but those named in `keep` (a kept constraint keeps its index of the same name). */
export async function dropAllSchema(
  runner: Session | Transaction,
  keep: ReadonlySet<string> = new Set(),
): Promise<{ constraints: number; indexes: number }> {
  // Constraints first: each owns an index that cannot be dropped while the constraint exists.
  const constraints = await dropAll(runner, SHOW_CONSTRAINT_NAMES, "CONSTRAINT", keep);
  const indexes = await dropAll(runner, SHOW_INDEX_NAMES, "INDEX", keep);
  return { constraints, indexes };
}

async function dropAll(
  runner: Session | Transaction,
  show: string,
  kind: "CONSTRAINT" | "INDEX",
  keep: ReadonlySet<string>,
): Promise<number> {
  const { records } = await runner.run(show);
  const names = records.map((record) => String(record.get("name"))).filter((name) => !keep.has(name));
  for (const name of names) await runner.run(dropSchemaItem(kind, name));
  return names.length;
}

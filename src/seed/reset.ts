// Empties a database before a fresh seed; schema is kept unless the caller asks for it to go too.
import neo4j, { type Driver, type Session } from "neo4j-driver";
import type { ResetOptions, ResetReport } from "./types.ts";
import { DELETE_ALL, dropSchemaItem, SHOW_CONSTRAINT_NAMES, SHOW_INDEX_NAMES } from "./queries.ts";

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
      // Constraints first: each owns an index that cannot be dropped while the constraint exists.
      report.constraintsDropped = await dropAll(session, SHOW_CONSTRAINT_NAMES, "CONSTRAINT");
      report.indexesDropped = await dropAll(session, SHOW_INDEX_NAMES, "INDEX");
    }
    return report;
  } finally {
    await session.close();
  }
}

async function dropAll(session: Session, show: string, kind: "CONSTRAINT" | "INDEX"): Promise<number> {
  const { records } = await session.run(show);
  for (const record of records) {
    const name = String(record.get("name"));
    await session.run(dropSchemaItem(kind, name));
  }
  return records.length;
}

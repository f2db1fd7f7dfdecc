// Empties a database before a fresh seed; schema is kept unless the caller asks for it to go too.
import neo4j, { type Driver, type Session } from "neo4j-driver";
import type { ResetOptions, ResetReport } from "./types.ts";

// Batched so that a large graph does not have to fit one transaction's memory; needs an auto-commit transaction.
const DELETE_ALL = "MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS";

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
      report.constraintsDropped = await dropAll(session, "SHOW CONSTRAINTS YIELD name RETURN name", "CONSTRAINT");
      report.indexesDropped = await dropAll(
        session,
        "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name",
        "INDEX",
      );
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
    await session.run(`DROP ${kind} \`${name.replaceAll("`", "``")}\` IF EXISTS`);
  }
  return records.length;
}

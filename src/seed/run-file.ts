// Loads one planned file: schema statements in their own transactions, all data in a single write transaction.
import neo4j, { type Driver, type Session, type Transaction } from "neo4j-driver";
import { addCounters, emptyCounters } from "./counters.ts";
import type { FilePlan } from "./plan-file.ts";
import { statementError } from "./statement-error.ts";
import type { FileReport, Statement, UpdateCounters } from "./types.ts";

type Runner = Session | Transaction;

export async function runFile(driver: Driver, database: string, plan: FilePlan): Promise<FileReport> {
  const started = performance.now();
  const counters = emptyCounters();
  // Counts statements whose effects are committed, so a failure can say what stayed behind.
  const progress = { appliedStatements: 0, dataCommitted: false };
  const run = async (runner: Runner, statement: Statement) => {
    try {
      const result = await runner.run(statement.text);
      addCounters(counters, result.summary.counters.updates());
    } catch (err) {
      throw statementError(err, plan, statement, { ...progress });
    }
  };

  const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  try {
    for (const statement of plan.before) {
      await run(session, statement);
      progress.appliedStatements++;
    }
    if (plan.data.length > 0) {
      const tx = session.beginTransaction();
      try {
        for (const statement of plan.data) await run(tx, statement);
        await tx.commit();
      } catch (err) {
        // The transaction may already be closed by the server after the failure; the original error matters more.
        if (tx.isOpen()) await tx.rollback().catch(() => undefined);
        throw err;
      }
      progress.appliedStatements += plan.data.length;
      progress.dataCommitted = true;
    }
    for (const statement of plan.after) {
      await run(session, statement);
      progress.appliedStatements++;
    }
  } finally {
    await session.close();
  }
  return report(plan, counters, performance.now() - started);
}

function report(plan: FilePlan, counters: UpdateCounters, elapsedMs: number): FileReport {
  const schemaStatements = plan.before.length + plan.after.length;
  return {
    file: plan.file,
    statements: plan.statements.length,
    schemaStatements,
    counters,
    elapsedMs: Math.round(elapsedMs),
  };
}

// Runs one of our read queries against a deadline: records arrive as Neo4j finds them, and at the deadline the
// records so far are returned, marked as cut short, and the query is ended rather than left to run on.
import { randomUUID } from "node:crypto";
import neo4j, { type Record as Neo4jRecord } from "neo4j-driver";
import { mapDbError } from "./map-error.ts";
import type { ReadContext } from "./read.ts";
import { TERMINATE_BUDGETED_READ } from "../queries/admin.ts";

export interface BudgetedRecords {
  records: Neo4jRecord[];
  /** True when the deadline came before the query finished: `records` are the ones found until then. */
  cut: boolean;
}

/**
 * `deadline` is a `performance.now()` time. Records are pulled one at a time, so each reaches us when Neo4j finds
 * it (a bigger fetch size would hold them back until a batch fills). Neo4j's own transaction timeout is checked only
 * every 2 s (db.transaction.monitor.check.interval), so the query's tagged transaction is terminated by name.
 */
export async function readWithin(
  ctx: ReadContext,
  cypher: string,
  params: Record<string, unknown>,
  deadline: number,
): Promise<BudgetedRecords> {
  const remaining = deadline - performance.now();
  if (remaining <= 0) return { records: [], cut: true };
  const tag = randomUUID();
  const session = ctx.driver.session({
    database: ctx.database,
    defaultAccessMode: neo4j.session.READ,
    fetchSize: 1,
  });
  const records: Neo4jRecord[] = [];
  // Neo4j's timeout stays as a backstop should the terminate below not reach it.
  const tx = session.beginTransaction({
    metadata: { explorerBudget: tag },
    timeout: Math.min(ctx.timeoutMs, Math.ceil(remaining) + 1_000),
  });
  let timer: NodeJS.Timeout | undefined;
  try {
    const outcome = await new Promise<"done" | "cut">((resolve, reject) => {
      timer = setTimeout(() => resolve("cut"), remaining);
      tx.run(cypher, params).subscribe({
        onNext: (record) => records.push(record),
        onCompleted: () => resolve("done"),
        onError: reject,
      });
    });
    if (outcome === "done") {
      await tx.commit();
      return { records, cut: false };
    }
    const found = [...records];
    void terminate(ctx, tag).finally(() => void tx.rollback().catch(() => {}));
    return { records: found, cut: true };
  } catch (error) {
    if (tx.isOpen()) await tx.rollback().catch(() => {});
    throw mapDbError(error);
  } finally {
    clearTimeout(timer);
    // After a cut the session closes once the terminated query has answered; nobody waits for that.
    void session.close().catch(() => {});
  }
}

async function terminate(ctx: ReadContext, tag: string): Promise<void> {
  const session = ctx.driver.session({ database: ctx.database, defaultAccessMode: neo4j.session.READ });
  try {
    await session.run(TERMINATE_BUDGETED_READ, { tag });
  } catch {
    // Already finished, or not allowed: its own timeout (set above) ends it.
  } finally {
    await session.close().catch(() => {});
  }
}

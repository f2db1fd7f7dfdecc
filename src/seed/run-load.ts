// Runs a checked load: schema statements first (each commits on its own, as Neo4j requires), then the reset's delete
// and the data of every file in one write transaction; on failure the data is rolled back and the schema put back.
import neo4j, { type Driver, type ResultSummary, type Transaction } from "neo4j-driver";
import { runPipelined } from "./pipeline.ts";
import { UnavailableError } from "../server/errors.ts";
import { bumpDbVersionIn } from "../server/answer-cache/db-version.ts";
import { addCounters, emptyCounters } from "./counters.ts";
import { SeedError, type SeedFailure } from "./errors.ts";
import { formatOutcome } from "./format.ts";
import type { FilePlan } from "./plan-file.ts";
import { DELETE_ALL_IN_LOAD } from "./queries.ts";
import { dropAllSchema } from "./reset.ts";
import { restoreSchema, type SchemaSnapshot } from "./schema-snapshot.ts";
import { isUnavailable, statementError } from "./statement-error.ts";
import type { FileReport, ResetOptions, ResetReport, Statement } from "./types.ts";

export type LoadOutcome = Pick<SeedFailure, "phase" | "schemaCommitted" | "undone" | "leftOver">;

export interface LoadResult {
  files: FileReport[];
  reset?: ResetReport;
}

export async function runLoad(
  driver: Driver,
  database: string,
  plans: readonly FilePlan[],
  reset: ResetOptions | undefined,
  before: SchemaSnapshot,
  /** Work that must commit with the data (the sources' texts and quote places), run last in its transaction. */
  inLoad?: (tx: Transaction) => Promise<unknown>,
  /** Send the data statements without waiting for each answer (see pipeline.ts). */
  pipeline = true,
): Promise<LoadResult> {
  const counters = plans.map(() => emptyCounters());
  const elapsed = plans.map(() => 0);
  const outcome: LoadOutcome = { phase: "schema", schemaCommitted: [], undone: [], leftOver: [] };
  const resetReport: ResetReport | undefined = reset && {
    nodesDeleted: 0,
    relationshipsDeleted: 0,
    constraintsDropped: 0,
    indexesDropped: 0,
  };
  const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  let tx: Transaction | undefined;
  const run = async (runner: { run: Transaction["run"] }, i: number, statement: Statement) => {
    const plan = plans[i]!;
    const started = performance.now();
    try {
      addCounters(counters[i]!, (await runner.run(statement.text)).summary.counters.updates());
    } catch (err) {
      throw statementError(err, plan, statement, outcome.phase);
    }
    elapsed[i]! += performance.now() - started;
  };
  try {
    if (reset?.dropSchema) {
      const dropped = await dropAllSchema(session);
      resetReport!.constraintsDropped = dropped.constraints;
      resetReport!.indexesDropped = dropped.indexes;
    }
    for (const [i, plan] of plans.entries()) {
      for (const statement of [...plan.before, ...plan.after]) {
        await run(session, i, statement);
        outcome.schemaCommitted.push(`${plan.file}:${statement.line}`);
      }
    }
    outcome.phase = "data";
    tx = session.beginTransaction();
    if (resetReport) {
      const deleted = (await tx.run(DELETE_ALL_IN_LOAD)).summary.counters.updates();
      resetReport.nodesDeleted = deleted.nodesDeleted;
      resetReport.relationshipsDeleted = deleted.relationshipsDeleted;
    }
    if (pipeline) {
      // One round trip's wait for the whole load instead of one per statement; each file's time is from its
      // previous file's last answer to its own last answer.
      let last = 0;
      await runPipelined(
        tx,
        plans.flatMap((plan, i) =>
          plan.data.map((statement) => ({
            text: statement.text,
            onDone: (summary: ResultSummary, atMs: number) => {
              addCounters(counters[i]!, summary.counters.updates());
              elapsed[i]! += atMs - last;
              last = atMs;
            },
            onError: (err: unknown) => statementError(err, plan, statement, outcome.phase),
          })),
        ),
      );
    } else for (const [i, plan] of plans.entries()) for (const statement of plan.data) await run(tx, i, statement);
    await inLoad?.(tx);
    // A running explorer's cached answers go out of date with this commit, not before and not without it.
    await bumpDbVersionIn(tx);
    await commit(tx, plans);
  } catch (err) {
    if (tx?.isOpen()) await tx.rollback().catch(() => undefined);
    const schemaChanged = outcome.schemaCommitted.length > 0 || Boolean(reset?.dropSchema);
    if (schemaChanged) await putBack(driver, database, before, outcome, reset);
    throw withOutcome(err, outcome);
  } finally {
    await session.close();
  }
  const files = plans.map((plan, i) => report(plan, counters[i]!, elapsed[i]!));
  return { files, ...(resetReport ? { reset: resetReport } : {}) };
}

async function commit(tx: Transaction, plans: readonly FilePlan[]): Promise<void> {
  try {
    await tx.commit();
  } catch (err) {
    // A refused commit belongs to no one statement; the last one the transaction ran is the best place to point.
    const last = plans.findLast((p) => p.data.length > 0);
    const statement = last?.data.at(-1);
    throw last && statement ? statementError(err, last, statement, "data") : err;
  }
}

async function putBack(
  driver: Driver,
  database: string,
  before: SchemaSnapshot,
  outcome: LoadOutcome,
  reset: ResetOptions | undefined,
): Promise<void> {
  try {
    outcome.undone = await restoreSchema(driver, database, before);
  } catch (err) {
    if (!isUnavailable(err) && !(err instanceof UnavailableError)) throw err;
    outcome.leftOver = [
      ...outcome.schemaCommitted.map((where) => `the schema statement at ${where}`),
      ...(reset?.dropSchema ? ["the constraints and indexes --drop-schema dropped"] : []),
    ];
  }
}

function withOutcome(err: unknown, outcome: LoadOutcome): unknown {
  if (err instanceof SeedError) return err.withOutcome(outcome);
  if (err instanceof UnavailableError) {
    return new UnavailableError(`${err.message}\n${formatOutcome(outcome)}`, { ...(err.details as object), outcome });
  }
  return err;
}

function report(plan: FilePlan, counters: FileReport["counters"], elapsedMs: number): FileReport {
  return {
    file: plan.file,
    statements: plan.statements.length,
    schemaStatements: plan.before.length + plan.after.length,
    counters,
    elapsedMs: Math.round(elapsedMs),
  };
}

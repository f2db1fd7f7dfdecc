// Checks every statement of every file with Neo4j itself before the load writes anything: a script Neo4j would
// reject fails the run while the database is still untouched.
import neo4j, { type Driver, type ResultSummary, type Transaction } from "neo4j-driver";
import { runPipelined } from "./pipeline.ts";
import type { FilePlan } from "./plan-file.ts";
import { dropAllSchema } from "./reset.ts";
import { isSchemaStatement } from "./schema-statement.ts";
import { scriptError, statementError } from "./statement-error.ts";
import type { ResetOptions, Statement } from "./types.ts";

/**
 * Two passes, both rolled back. First every statement is planned with EXPLAIN, in file order, so the first error
 * reported is the first in the files (data statements in one transaction, as the load runs them; schema commands on
 * their own, since Neo4j refuses to mix the two even under EXPLAIN). Then the schema commands really run, in order,
 * in one throwaway transaction (after the reset's drops, if any): that catches what only running shows, such as a
 * name already taken or existing data that breaks a new constraint.
 */
export async function checkPlans(
  driver: Driver,
  database: string,
  plans: readonly FilePlan[],
  reset: ResetOptions | undefined,
  pipeline = true,
): Promise<void> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  const tx = session.beginTransaction();
  try {
    // Data statements between two schema statements are planned together, sent without waiting for each answer.
    let batch: Array<{ plan: FilePlan; statement: Statement }> = [];
    const flush = async () => {
      if (batch.length > 0) await explainAll(tx, batch);
      batch = [];
    };
    for (const plan of plans) {
      for (const statement of plan.statements) {
        if (isSchemaStatement(statement.text)) {
          await flush();
          await explainAlone(driver, database, plan, statement);
        } else if (pipeline) batch.push({ plan, statement });
        else await explain(tx, plan, statement);
      }
    }
    await flush();
  } finally {
    await tx.rollback().catch(() => undefined);
    await session.close();
  }
  await rehearseSchema(driver, database, plans, reset);
}

async function explainAll(tx: Transaction, batch: ReadonlyArray<{ plan: FilePlan; statement: Statement }>) {
  await runPipelined(
    tx,
    batch.map(({ plan, statement }) => ({
      text: `${EXPLAIN}${statement.text}`,
      onDone: (summary: ResultSummary) => refuseInTransactions(planOperators(summary.plan), plan, statement),
      onError: (err: unknown) => statementError(err, plan, statement, "check", EXPLAIN),
    })),
  );
}

async function explain(tx: Transaction, plan: FilePlan, statement: Statement): Promise<void> {
  let operators: string[];
  try {
    operators = planOperators((await tx.run(`${EXPLAIN}${statement.text}`)).summary.plan);
  } catch (err) {
    throw statementError(err, plan, statement, "check", EXPLAIN);
  }
  refuseInTransactions(operators, plan, statement);
}

function refuseInTransactions(operators: readonly string[], plan: FilePlan, statement: Statement): void {
  // Neo4j only refuses these when they run, and only inside an explicit transaction, which is how the load runs them.
  if (operators.some((op) => op.startsWith("Transaction"))) {
    throw scriptError(
      plan,
      statement,
      "CALL { ... } IN TRANSACTIONS commits part by part, but the loader runs a whole load in one transaction so that a failure leaves nothing behind; write it as a plain CALL { ... }, or load large data with --bulk",
      undefined,
      "check",
    );
  }
}

async function explainAlone(driver: Driver, database: string, plan: FilePlan, statement: Statement): Promise<void> {
  try {
    await driver.executeQuery(`${EXPLAIN}${statement.text}`, {}, { database, routing: neo4j.routing.WRITE });
  } catch (err) {
    throw statementError(err, plan, statement, "check", EXPLAIN);
  }
}

async function rehearseSchema(
  driver: Driver,
  database: string,
  plans: readonly FilePlan[],
  reset: ResetOptions | undefined,
): Promise<void> {
  const schema = plans.flatMap((plan) => [...plan.before, ...plan.after].map((statement) => ({ plan, statement })));
  if (schema.length === 0) return;
  // Neo4j refuses to create a constraint in the transaction that dropped one backed by a similar index (the reload of
  // a graph into its own database does exactly that). Such a drop is then left out of the rehearsal and the create
  // that needs it is only planned (EXPLAIN, above); at load time they run in separate transactions, and if the create
  // fails there, the load's failure path puts the schema back.
  const keep = new Set<string>();
  const unrehearsed = new Set<Statement>();
  for (;;) {
    const conflict = await rehearseOnce(driver, database, schema, reset, keep, unrehearsed);
    if (!conflict || keep.has(conflict.dropped)) return;
    keep.add(conflict.dropped);
    unrehearsed.add(conflict.statement);
  }
}

interface DropConflict {
  dropped: string;
  statement: Statement;
}

async function rehearseOnce(
  driver: Driver,
  database: string,
  schema: readonly { plan: FilePlan; statement: Statement }[],
  reset: ResetOptions | undefined,
  keep: ReadonlySet<string>,
  unrehearsed: ReadonlySet<Statement>,
): Promise<DropConflict | undefined> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  const tx = session.beginTransaction();
  try {
    if (reset?.dropSchema) await dropAllSchema(tx, keep);
    for (const { plan, statement } of schema) {
      if (unrehearsed.has(statement)) continue;
      try {
        await tx.run(statement.text);
      } catch (err) {
        const dropped = reset?.dropSchema ? DROPPED_IN_SAME_TX.exec(String((err as Error).message))?.[1] : undefined;
        if (dropped !== undefined) return { dropped, statement };
        throw statementError(err, plan, statement, "check");
      }
    }
    return undefined;
  } finally {
    await tx.rollback().catch(() => undefined);
    await session.close();
  }
}

const DROPPED_IN_SAME_TX = /in same transaction as dropping '([^']+)'/;

const EXPLAIN = "EXPLAIN ";

interface PlanNode {
  operatorType: string;
  children?: PlanNode[];
}

function planOperators(plan: unknown): string[] {
  if (!plan || typeof plan !== "object" || !("operatorType" in plan)) return [];
  const node = plan as PlanNode;
  return [node.operatorType, ...(node.children ?? []).flatMap(planOperators)];
}

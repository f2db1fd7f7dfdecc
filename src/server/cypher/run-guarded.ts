// Runs a user's or saved query: checked read-only first, then in a READ transaction with a timeout and a row cap.
import { accessMode, type Session, type Transaction } from "../db/driver-types.ts";
import type { GraphPayload } from "../../shared/index.ts";
import type { ReadContext } from "../db/read.ts";
import { isTimeout, mapDbError } from "../db/map-error.ts";
import { toJson } from "../db/to-wire.ts";
import { assertReadOnly } from "./read-only-check.ts";
import { GraphCollector } from "../db/collect-graph.ts";
import { BadRequestError } from "../errors.ts";
import { MAX_RESULT_BYTES, MAX_RESULT_DEPTH, resultWeight } from "./result-budget.ts";
import type { GuardLimits } from "./guard-types.ts";

const FETCH_SIZE = 100;

/** Past the transaction timeout plus this, the server stops waiting: Neo4j does not interrupt one long expression or record. */
const DEADLINE_GRACE_MS = 1_000;

export async function runGuarded(
  ctx: ReadContext,
  cypher: string,
  params: Record<string, unknown>,
  limits: GuardLimits,
): Promise<GraphPayload> {
  // Writes stay here: a terminated worker would leave a write's outcome unknown.
  if (ctx.guardPool?.available && !limits.write) return ctx.guardPool.run(cypher, params, limits);
  if (!limits.write) await assertReadOnly(ctx.driver, ctx.database, cypher, params);
  // Small batches: after a capped result stops reading, the driver still has to drain the batch in flight.
  const session = ctx.driver.session({
    database: ctx.database,
    defaultAccessMode: limits.write ? accessMode.WRITE : accessMode.READ,
    fetchSize: FETCH_SIZE,
  });
  const t0 = performance.now();
  const graph = new GraphCollector();
  const rows: Record<string, ReturnType<typeof toJson>>[] = [];
  let columns: string[] = [];
  let capped = false;
  let timedOut = false;
  let abandoned = false;
  let bytes = 0;
  const tx = session.beginTransaction({
    timeout: limits.timeoutMs,
    ...(limits.txMetadata ? { metadata: limits.txMetadata } : {}),
  });
  const consume = async () => {
    const result = tx.run(cypher, params);
    columns = [...(await result.keys())];
    for await (const record of result) {
      if (abandoned) return;
      // Nodes count toward the cap as well as rows: one row can carry a whole path.
      if (rows.length >= limits.maxRows || graph.nodes.size >= limits.maxRows || bytes >= MAX_RESULT_BYTES) {
        capped = true;
        return;
      }
      const row: Record<string, ReturnType<typeof toJson>> = {};
      for (const key of columns) {
        const value: unknown = record.get(key);
        bytes += resultWeight(value);
        graph.add(value);
        row[key] = toJson(value);
      }
      rows.push(row);
    }
    if (limits.write && !abandoned) await tx.commit();
  };
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<"late">(
    (resolve) => (timer = setTimeout(() => resolve("late"), limits.timeoutMs + DEADLINE_GRACE_MS)),
  );
  const running = consume();
  try {
    if ((await Promise.race([running, deadline])) === "late") {
      abandoned = timedOut = true;
      // The driver finishes receiving in the background; its late outcome no longer matters.
      running.catch(() => {}).finally(() => void closeQuietly(tx, session));
    }
  } catch (error) {
    // The driver decodes nested lists recursively: a value built thousands of levels deep overflows its stack.
    if (error instanceof RangeError)
      throw new BadRequestError(
        `A result value nests too deeply to be read; return it flatter (at most ${MAX_RESULT_DEPTH} levels).`,
      );
    if (!isTimeout(error)) throw mapDbError(error);
    timedOut = true;
  } finally {
    clearTimeout(timer);
    if (!abandoned) await closeQuietly(tx, session);
  }
  const kept = rows.slice();
  return {
    nodes: [...graph.nodes.values()],
    relationships: [...graph.relationships.values()],
    columns,
    rows: kept,
    summary: { resultAvailableAfterMs: Math.round(performance.now() - t0), capped, timedOut, rowCount: kept.length },
  };
}

async function closeQuietly(tx: Transaction, session: Session): Promise<void> {
  if (tx.isOpen()) await tx.rollback().catch(() => {});
  await session.close().catch(() => {});
}

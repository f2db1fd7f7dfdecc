// Runs our own Cypher in a READ transaction with a timeout, and maps failures to typed errors.
import neo4j, { type Driver, type Record as Neo4jRecord, type Session } from "neo4j-driver";
import { mapDbError } from "./map-error.ts";
import type { GuardPool } from "../cypher/guard-types.ts";

export interface ReadContext {
  driver: Driver;
  database: string;
  timeoutMs: number;
  /** Where the API server runs read-only user and saved queries: off its own event loop (cypher/guard-pool.ts). */
  guardPool?: GuardPool;
}

/** A READ session for one piece of work, its errors mapped to typed ones, always closed. */
async function inReadSession<T>(ctx: ReadContext, work: (session: Session) => Promise<T>): Promise<T> {
  const session = ctx.driver.session({ database: ctx.database, defaultAccessMode: neo4j.session.READ });
  try {
    return await work(session);
  } catch (error) {
    throw mapDbError(error);
  } finally {
    await session.close();
  }
}

export function readRecords(
  ctx: ReadContext,
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<Neo4jRecord[]> {
  return inReadSession(ctx, (session) =>
    session.executeRead((tx) => tx.run(cypher, params).then((r) => r.records), { timeout: ctx.timeoutMs }),
  );
}

/**
 * The same as one auto-commit query: one round trip where a managed transaction takes two (its commit is a second
 * one), and no retry. For a short read whose every millisecond counts (a kept hub page, BENCHMARKS.md, part 3).
 */
export function readOnce(
  ctx: ReadContext,
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<Neo4jRecord[]> {
  return inReadSession(ctx, async (session) => (await session.run(cypher, params, { timeout: ctx.timeoutMs })).records);
}

/** Driver integers for LIMIT and friends: Cypher rejects floats there. */
export const int = (n: number) => neo4j.int(n);

/** A driver date from its parts, month 1-based: Cypher compares dates only with real date values. */
export const date = (year: number, month: number, day: number) => new neo4j.types.Date(year, month, day);

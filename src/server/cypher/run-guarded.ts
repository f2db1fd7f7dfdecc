// Runs a user's or saved query: checked read-only first, then in a READ transaction with a timeout and a row cap.
import neo4j from "neo4j-driver";
import type { GraphPayload } from "../../shared/index.ts";
import type { ReadContext } from "../db/read.ts";
import { isTimeout, mapDbError } from "../db/map-error.ts";
import { toJson } from "../db/to-wire.ts";
import { assertReadOnly } from "./read-only-check.ts";
import { GraphCollector } from "./collect-graph.ts";

export interface GuardLimits {
  maxRows: number;
  timeoutMs: number;
  /** Write mode exists only for a server started with --allow-write and called with its token. */
  write?: boolean;
}

export async function runGuarded(ctx: ReadContext, cypher: string, params: Record<string, unknown>, limits: GuardLimits): Promise<GraphPayload> {
  if (!limits.write) await assertReadOnly(ctx.driver, ctx.database, cypher, params);
  const session = ctx.driver.session({ database: ctx.database, defaultAccessMode: limits.write ? neo4j.session.WRITE : neo4j.session.READ });
  const t0 = performance.now();
  const graph = new GraphCollector();
  const rows: Record<string, ReturnType<typeof toJson>>[] = [];
  let columns: string[] = [];
  let capped = false;
  let timedOut = false;
  const tx = session.beginTransaction({ timeout: limits.timeoutMs });
  try {
    const result = tx.run(cypher, params);
    columns = [...(await result.keys())];
    for await (const record of result) {
      // Nodes count toward the cap as well as rows: one row can carry a whole path.
      if (rows.length >= limits.maxRows || graph.nodes.size >= limits.maxRows) {
        capped = true;
        break;
      }
      const row: Record<string, ReturnType<typeof toJson>> = {};
      for (const key of columns) {
        const value = record.get(key);
        graph.add(value);
        row[key] = toJson(value);
      }
      rows.push(row);
    }
    if (limits.write) await tx.commit();
  } catch (error) {
    if (!isTimeout(error)) throw mapDbError(error);
    timedOut = true;
  } finally {
    if (tx.isOpen()) await tx.rollback().catch(() => {});
    await session.close();
  }
  return {
    nodes: [...graph.nodes.values()],
    relationships: [...graph.relationships.values()],
    columns,
    rows,
    summary: { resultAvailableAfterMs: Math.round(performance.now() - t0), capped, timedOut, rowCount: rows.length },
  };
}

// Reports whether Neo4j answers, and which version and edition it is.
import type { Health } from "../../shared/index.ts";
import { readRecords, type ReadContext } from "../db/read.ts";
import { createFreshRead } from "../db/fresh-read.ts";
import { SERVER_INFO } from "../queries/explore.ts";

export async function health(ctx: ReadContext): Promise<Health> {
  try {
    const [record] = await readRecords({ ...ctx, timeoutMs: 2_000 }, SERVER_INFO);
    return {
      server: "ok",
      neo4j: {
        reachable: true,
        version: record?.get("version"),
        edition: record?.get("edition"),
        database: ctx.database,
      },
    };
  } catch (error) {
    return { server: "ok", neo4j: { reachable: false, database: ctx.database, message: (error as Error).message } };
  }
}

/**
 * Health for a server: requests that arrive together share one check, started after they arrived, so a monitor (or
 * fifty) polling it costs Neo4j one or two round trips at a time instead of one each, and never sees an old result.
 */
export function createHealthCheck(ctx: ReadContext): () => Promise<Health> {
  const shared = createFreshRead(() => health(ctx));
  return () => shared.current();
}

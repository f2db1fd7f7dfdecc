// Reports whether Neo4j answers, and which version and edition it is.
import type { Health } from "../../shared/index.ts";
import { readRecords, type ReadContext } from "../db/read.ts";
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
 * Health for a server: requests that arrive while a check runs share it, so fifty monitors polling cost Neo4j one
 * round trip at a time instead of fifty. Joining the running check (rather than queueing a fresh one, as the answer
 * cache's version reads must) keeps a request's wait at one check while Neo4j is down and each check waits its timeout.
 */
export function createHealthCheck(ctx: ReadContext): () => Promise<Health> {
  let running: Promise<Health> | undefined;
  return () =>
    (running ??= health(ctx).finally(() => {
      running = undefined;
    }));
}

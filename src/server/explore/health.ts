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

// Handlers for saved queries: the library the client lists, and running one (same guard as typed-in Cypher).
import { findSavedQuery, runSavedQuery } from "../../saved-queries/index.ts";
import type { Handlers } from "../route.ts";
import type { AppContext } from "../context.ts";

export function savedQueryHandlers(ctx: AppContext): Handlers<"queries" | "runQuery"> {
  const limits = { maxRows: ctx.limits.maxNodes, timeoutMs: ctx.limits.timeoutMs };
  return {
    queries: async () => ({ queries: [...ctx.savedQueries] }),
    runQuery: ({ params, body }) =>
      runSavedQuery(ctx.read, findSavedQuery(ctx.savedQueries, params.name), body.params, limits),
  };
}

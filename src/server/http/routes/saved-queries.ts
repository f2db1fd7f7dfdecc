// Handlers for saved queries: the library the client lists, and running one (same guard as typed-in Cypher).
import { findSavedQuery, markApplicable, runSavedQuery } from "../../saved-queries/index.ts";
import type { Handlers } from "../route.ts";
import type { AppContext } from "../context.ts";

export function savedQueryHandlers(ctx: AppContext): Handlers<"queries" | "runQuery"> {
  const limits = { maxRows: ctx.limits.maxNodes, timeoutMs: ctx.limits.timeoutMs };
  return {
    queries: async () => ({ queries: await markApplicable(ctx.read, ctx.savedQueries) }),
    runQuery: async ({ params, body }) => {
      const [query] = await markApplicable(ctx.read, [findSavedQuery(ctx.savedQueries, params.name)]);
      return runSavedQuery(ctx.read, query!, body.params, limits);
    },
  };
}

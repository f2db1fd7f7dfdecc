// Saved queries: the library the client lists, and running one with parameters (same guard as typed-in Cypher).
import { z } from "zod";
import * as S from "../../../shared/index.ts";
import { findSavedQuery, runSavedQuery } from "../../saved-queries/index.ts";
import { defineRoute, type RouteSpec } from "../route.ts";
import type { AppContext } from "../context.ts";

const NameParamsSchema = z.object({ name: z.string().regex(/^[a-z0-9-]{1,100}$/, "must be a saved query name") });

export function savedQueryRoutes(ctx: AppContext): RouteSpec[] {
  const limits = { maxRows: ctx.limits.maxNodes, timeoutMs: ctx.limits.timeoutMs };
  return [
    defineRoute({
      method: "GET",
      url: "/api/queries",
      summary: "The saved queries, with their parameters",
      response: z.object({ queries: z.array(S.SavedQuerySchema) }),
      handler: async () => ({ queries: [...ctx.savedQueries] }),
    }),
    defineRoute({
      method: "POST",
      url: "/api/queries/{name}/run",
      summary: "Run a saved query with parameters",
      params: NameParamsSchema,
      body: S.RunSavedQueryBodySchema,
      response: S.GraphPayloadSchema,
      errors: [400, 403, 404, 503],
      handler: ({ params, body }) =>
        runSavedQuery(ctx.read, findSavedQuery(ctx.savedQueries, params.name), body.params, limits),
    }),
  ];
}

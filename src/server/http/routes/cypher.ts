// Ad-hoc Cypher from the editor: read-only, time-limited and capped.
import * as S from "../../../shared/index.ts";
import { runGuarded } from "../../cypher/index.ts";
import { defineRoute, type RouteSpec } from "../route.ts";
import type { AppContext } from "../context.ts";
import { authorizeWrite } from "../write-auth.ts";

export function cypherRoutes(ctx: AppContext): RouteSpec[] {
  return [
    defineRoute({
      method: "POST",
      url: "/api/cypher",
      summary: "Run a read-only Cypher query (403 for writes, schema or admin commands)",
      body: S.CypherRequestSchema,
      response: S.GraphPayloadSchema,
      errors: [400, 401, 403, 413, 503],
      handler: ({ body, request }) => {
        const write = body.mode === "write" && authorizeWrite(ctx.writeToken, request.headers.authorization);
        return runGuarded(ctx.read, body.query, body.params, {
          maxRows: ctx.limits.maxNodes,
          timeoutMs: ctx.limits.timeoutMs,
          write,
        });
      },
    }),
  ];
}

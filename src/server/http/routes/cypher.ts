// Handler for ad-hoc Cypher from the editor: read-only, time-limited and capped.
import { runGuarded } from "../../cypher/index.ts";
import type { Handlers } from "../route.ts";
import type { AppContext } from "../context.ts";
import { authorizeWrite } from "../write-auth.ts";

export function cypherHandlers(ctx: AppContext): Handlers<"cypher"> {
  return {
    cypher: ({ body, request }) => {
      const write = body.mode === "write" && authorizeWrite(ctx.writeToken, request.headers.authorization);
      return runGuarded(ctx.read, body.query, body.params, {
        maxRows: ctx.limits.maxNodes,
        timeoutMs: ctx.limits.timeoutMs,
        write,
      });
    },
  };
}

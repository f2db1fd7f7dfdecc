// Handler for ad-hoc Cypher from the editor: read-only, time-limited and capped.
import { runGuarded } from "../../cypher/index.ts";
import { assertNoHugeExpressionLoop } from "../../cypher/expression-loop-check.ts";
import type { Handlers } from "../route.ts";
import type { AppContext } from "../context.ts";
import { authorizeWrite } from "../write-auth.ts";
import { bumpDbVersion } from "../../answer-cache/db-version.ts";

export function cypherHandlers(ctx: AppContext): Handlers<"cypher"> {
  return {
    cypher: async ({ body, request }) => {
      const write = body.mode === "write" && authorizeWrite(ctx.writeToken, request.headers.authorization);
      assertNoHugeExpressionLoop(body.query);
      const slot = ctx.adhoc.acquire(body.query);
      let timedOut = false;
      let ran = false;
      try {
        const result = await runGuarded(ctx.read, body.query, body.params, {
          maxRows: ctx.limits.maxNodes,
          timeoutMs: ctx.limits.timeoutMs,
          write,
          txMetadata: slot.metadata,
        });
        timedOut = result.summary.timedOut;
        ran = true;
        return result;
      } finally {
        await slot.finish(timedOut);
        // Before the answer leaves, so a read sent after it never gets an answer cached before the write. Also after a
        // failed write (it may have committed before the failure was seen); then the first error is the one reported.
        if (write)
          await bumpDbVersion(ctx.read.driver, ctx.read.database).catch((err: unknown) => {
            if (ran) throw err;
          });
      }
    },
  };
}

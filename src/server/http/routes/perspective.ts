// Handler for the perspective: the graph's file checked against the discovered schema, or the generated one.
import type { Handlers } from "../route.ts";
import type { AppContext } from "../context.ts";

export function perspectiveHandlers(ctx: AppContext): Handlers<"perspective"> {
  return { perspective: () => ctx.perspective.get() };
}

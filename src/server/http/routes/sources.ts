// Handlers for the source reader: the sources, and one source's text with the facts resting on it.
import { sourceList, sourceReader } from "../../explore/sources.ts";
import type { Handlers } from "../route.ts";
import type { AppContext } from "../context.ts";

export function sourceHandlers(ctx: AppContext): Handlers<"sources" | "source"> {
  return {
    sources: () => sourceList(ctx.read),
    source: ({ params }) => sourceReader(ctx.read, params.id),
  };
}

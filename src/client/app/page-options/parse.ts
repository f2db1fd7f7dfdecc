// Pure reading of the page keys; unknown or malformed values fall back to the ordinary page.
import { isThemeName } from "../../core/theme/index.ts";
import type { PageOptions } from "./types.ts";
import { LIVE_LINK_KEY, LiveSessionIdSchema } from "../../../shared/index.ts";

const flag = (value: string | null) => value !== null && ["1", "true", "yes", ""].includes(value.trim().toLowerCase());

export function parsePageOptions(search: string): PageOptions {
  const params = new URLSearchParams(search);
  const theme = params.get("theme");
  const query = params.get("query");
  const live = params.get(LIVE_LINK_KEY);
  return {
    embed: flag(params.get("embed")),
    theme: isThemeName(theme) ? theme : null,
    present: flag(params.get("present")),
    query: query !== null && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(query) ? query : null,
    live: live !== null && LiveSessionIdSchema.safeParse(live).success ? live : null,
  };
}

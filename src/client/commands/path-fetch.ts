// Fetches the routes between two ends, through a stop when one is given (two legs of the paths endpoint, joined).
import type { PathsResponse } from "../../shared/index.ts";
import type { ApiClient } from "../api/index.ts";
import { joinLegs } from "../core/paths/index.ts";

export async function fetchRoutes(
  source: ApiClient,
  from: string,
  to: string,
  via: string | null,
): Promise<PathsResponse> {
  if (via === null || via === from || via === to) return source.call("paths", { query: { from, to } });
  const [first, second] = await Promise.all([
    source.call("paths", { query: { from, to: via } }),
    source.call("paths", { query: { from: via, to } }),
  ]);
  return joinLegs(first, second);
}

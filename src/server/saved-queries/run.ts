// Runs a saved query through the same guard as typed-in Cypher, so a saved file gets no extra rights.
import type { GraphPayload } from "../../shared/index.ts";
import { runGuarded, type GuardLimits } from "../cypher/index.ts";
import type { ReadContext } from "../db/read.ts";
import { coerceParams } from "./coerce.ts";
import type { SavedQuery } from "./types.ts";

export async function runSavedQuery(
  ctx: ReadContext,
  query: SavedQuery,
  raw: Record<string, unknown>,
  limits: GuardLimits,
): Promise<GraphPayload> {
  return runGuarded(ctx, query.cypher, coerceParams(query, raw), limits);
}

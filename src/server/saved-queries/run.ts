// Runs a saved query through the same guard as typed-in Cypher, so a saved file gets no extra rights.
import type { GraphPayload } from "../../shared/index.ts";
import { runGuarded, type GuardLimits } from "../cypher/index.ts";
import type { ReadContext } from "../db/read.ts";
import { resolveNode } from "../explore/resolve-node.ts";
import { coerceParams } from "./coerce.ts";
import { NotApplicableError } from "./errors.ts";
import type { SavedQuery } from "./types.ts";

/**
 * Entity parameters arrive as a name, a slug or an element id and reach the Cypher as the element id of the node
 * they name (explore/resolve-node.ts); an unknown one is a 404 with the closest names.
 */
export async function resolveEntityParams(
  ctx: ReadContext,
  query: SavedQuery,
  params: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const out = { ...params };
  for (const p of query.params) {
    if (p.type === "entity") out[p.name] = (await resolveNode(ctx, String(params[p.name]))).elementId;
  }
  return out;
}

export async function runSavedQuery(
  ctx: ReadContext,
  query: SavedQuery,
  raw: Record<string, unknown>,
  limits: GuardLimits,
): Promise<GraphPayload> {
  if (query.applicable === false) throw new NotApplicableError(query);
  const params = await resolveEntityParams(ctx, query, coerceParams(query, raw));
  return runGuarded(ctx, query.cypher, params, limits);
}

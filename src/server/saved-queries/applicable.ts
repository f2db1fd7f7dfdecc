// Marks saved queries whose `needs:` the loaded database lacks, so the list greys them and running one answers 409.
import { readRecords, type ReadContext } from "../db/read.ts";
import { LABELS_AND_TYPES } from "../queries/explore.ts";
import { missingNeeds } from "./parse-needs.ts";
import type { SavedQuery } from "./types.ts";

/** Each query as it applies to the database now: unchanged when it does, `applicable: false` and why when not. */
export async function markApplicable(ctx: ReadContext, queries: readonly SavedQuery[]): Promise<SavedQuery[]> {
  if (!queries.some((q) => q.needs)) return [...queries];
  let record;
  try {
    [record] = await readRecords(ctx, LABELS_AND_TYPES);
  } catch {
    // Neo4j unreachable: the list still shows (the page says why a run fails); nothing is known to be missing.
    return [...queries];
  }
  const labels = new Set((record?.get("labels") as string[] | undefined) ?? []);
  const types = new Set((record?.get("types") as string[] | undefined) ?? []);
  return queries.map((q) => {
    const { applicable: _a, reason: _r, ...query } = q;
    const reason = missingNeeds(q.needs, labels, types);
    return reason ? { ...query, applicable: false, reason } : query;
  });
}

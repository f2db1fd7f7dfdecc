// Labels, relationship types, property keys and counts: legends, filters and editor autocompletion use them.
import type { SchemaResponse, StatsResponse } from "../../shared/index.ts";
import { readRecords, type ReadContext } from "../db/read.ts";
import { LABEL_COUNTS, PROPERTY_KEYS, TOTALS, TYPE_COUNTS } from "../queries/cypher.ts";
import { toCount } from "./utils.ts";

async function counts(ctx: ReadContext, cypher: string) {
  return (await readRecords(ctx, cypher)).map((r) => ({ name: r.get("name") as string, count: toCount(r.get("count")) }));
}

export async function schema(ctx: ReadContext): Promise<SchemaResponse> {
  const [labels, relationshipTypes, keys] = await Promise.all([counts(ctx, LABEL_COUNTS), counts(ctx, TYPE_COUNTS), readRecords(ctx, PROPERTY_KEYS)]);
  return { labels, relationshipTypes, propertyKeys: keys.map((r) => r.get("propertyKey") as string) };
}

export async function stats(ctx: ReadContext): Promise<StatsResponse> {
  const [labels, relationshipTypes, totals] = await Promise.all([counts(ctx, LABEL_COUNTS), counts(ctx, TYPE_COUNTS), readRecords(ctx, TOTALS)]);
  return { nodes: toCount(totals[0]?.get("nodes") ?? 0), relationships: toCount(totals[0]?.get("relationships") ?? 0), labels, relationshipTypes };
}

// Labels, relationship types, property keys and counts (legends, filters, editor autocompletion), with the discovered
// schema (properties and label pairs) that perspectives are generated from.
import type { SchemaResponse, StatsResponse } from "../../shared/index.ts";
import { readRecords, type ReadContext } from "../db/read.ts";
import {
  LABEL_COUNTS,
  LABEL_COUNTS_FROM_STATS,
  PROPERTY_KEYS,
  TOTALS,
  TYPE_COUNTS,
  TYPE_COUNTS_FROM_STATS,
} from "../queries/explore.ts";
import { UnavailableError } from "../errors.ts";
import { toCount } from "./counts.ts";
import { discoverSchema, SCHEMA_SAMPLE_SIZE } from "./graph-schema.ts";

async function counts(ctx: ReadContext, cypher: string, fallback?: string): Promise<{ name: string; count: number }[]> {
  try {
    return (await readRecords(ctx, cypher)).map((r) => ({
      name: r.get("name") as string,
      count: toCount(r.get("count")),
    }));
  } catch (error) {
    // The count store's procedure can be refused (no admin rights); the scan gives the same answer, slower.
    if (!fallback || error instanceof UnavailableError) throw error;
    return counts(ctx, fallback);
  }
}

const labelCounts = (ctx: ReadContext) => counts(ctx, LABEL_COUNTS_FROM_STATS, LABEL_COUNTS);
const typeCounts = (ctx: ReadContext) => counts(ctx, TYPE_COUNTS_FROM_STATS, TYPE_COUNTS);

export type SchemaCounts = Omit<SchemaResponse, "graph">;

/** The cheap part, from the count store: also the fingerprint that tells the cache the graph has changed. */
export async function schemaCounts(ctx: ReadContext): Promise<SchemaCounts> {
  const [labels, relationshipTypes, keys] = await Promise.all([
    labelCounts(ctx),
    typeCounts(ctx),
    readRecords(ctx, PROPERTY_KEYS),
  ]);
  return { labels, relationshipTypes, propertyKeys: keys.map((r) => r.get("propertyKey") as string) };
}

/** The whole answer, computed now (the server caches it: explore/schema-cache.ts). */
export async function schema(ctx: ReadContext, sampleSize = SCHEMA_SAMPLE_SIZE): Promise<SchemaResponse> {
  const counts = await schemaCounts(ctx);
  return { ...counts, graph: await discoverSchema(ctx, counts, sampleSize) };
}

export async function stats(ctx: ReadContext): Promise<StatsResponse> {
  const [labels, relationshipTypes, totals] = await Promise.all([
    labelCounts(ctx),
    typeCounts(ctx),
    readRecords(ctx, TOTALS),
  ]);
  return {
    nodes: toCount(totals[0]?.get("nodes") ?? 0),
    relationships: toCount(totals[0]?.get("relationships") ?? 0),
    labels,
    relationshipTypes,
  };
}

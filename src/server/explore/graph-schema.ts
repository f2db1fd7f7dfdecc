// Schema discovery: labels and relationship types with counts from the count store, and their properties (types,
// share set, mean string length) and label pairs from a bounded sample each, so it stays fast on big graphs. One
// query per label and one per type (its one sample gives both its properties and its label pairs), not two as before.
import {
  primaryLabel,
  type GraphSchema,
  type LabelSchema,
  type PropertyStats,
  type PropertyType,
  type RelationshipTypeSchema,
} from "../../shared/index.ts";
import { int, readRecords, type ReadContext } from "../db/read.ts";
import {
  nodePropertySample,
  relationshipPairSample,
  relationshipPropertySample,
  relationshipSample,
} from "../queries/schema.ts";
import { toCount } from "./counts.ts";

/** Nodes per label and relationships per type that discovery reads. */
export const SCHEMA_SAMPLE_SIZE = 1_000;

/** Queries run at once: enough to overlap round trips, few enough to leave the database to the users. */
const PARALLEL = 4;

/**
 * How discovery reads its samples. "sample-once": one query per label and one per type, whose one sample gives both
 * the type's properties and its label pairs. "two-per-type": a query for a type's properties and another for its
 * label pairs, as before (kept for the benchmark, which runs both). Both read the same nodes and relationships.
 */
export type DiscoveryWay = "sample-once" | "two-per-type";

export interface Counted {
  name: string;
  count: number;
}

/** `valueType()`'s names ("STRING NOT NULL", "LIST<STRING NOT NULL> NOT NULL", "LOCAL DATETIME") as PropertyType. */
export function propertyType(valueType: string): PropertyType {
  const base = valueType.replace(/ NOT NULL$/, "");
  if (base.startsWith("LIST")) return "list";
  if (base === "STRING") return "string";
  if (base === "INTEGER") return "integer";
  if (base === "FLOAT") return "float";
  if (base === "BOOLEAN") return "boolean";
  if (/DATE|TIME|DURATION/.test(base)) return "temporal";
  return "other";
}

interface TypeRow {
  key: string;
  type: string;
  total: number;
  count: number;
  meanLength: number | null;
}

/** Rows of (key, value type, count) into one PropertyStats per key, most often set first. */
export function propertyStats(rows: readonly TypeRow[]): PropertyStats[] {
  const byKey = new Map<string, { total: number; types: Map<PropertyType, number>; length?: number }>();
  for (const row of rows) {
    const entry = byKey.get(row.key) ?? { total: row.total, types: new Map<PropertyType, number>() };
    const type = propertyType(row.type);
    entry.types.set(type, (entry.types.get(type) ?? 0) + row.count);
    if (type === "string" && row.meanLength !== null) entry.length = row.meanLength;
    byKey.set(row.key, entry);
  }
  return [...byKey]
    .map(([key, { total, types, length }]) => {
      const set = [...types.values()].reduce((a, b) => a + b, 0);
      const stats: PropertyStats = {
        key,
        types: [...types].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([type]) => type),
        share: total > 0 ? Math.min(1, set / total) : 0,
      };
      if (length !== undefined) stats.meanLength = Math.round(length * 10) / 10;
      return stats;
    })
    .sort((a, b) => b.share - a.share || a.key.localeCompare(b.key));
}

type DbRecord = Awaited<ReturnType<typeof readRecords>>[number];

const typeRowOf = (r: DbRecord): TypeRow => ({
  key: r.get("key") as string,
  type: r.get("type") as string,
  total: toCount(r.get("total")),
  count: toCount(r.get("count")),
  meanLength: (r.get("meanLength") as number | null) ?? null,
});

const pairRowOf = (r: DbRecord): PairRow => ({
  from: r.get("from") as string[],
  to: r.get("to") as string[],
  count: toCount(r.get("count")),
});

async function typeRows(ctx: ReadContext, cypher: string, sample: number): Promise<TypeRow[]> {
  return (await readRecords(ctx, cypher, { sample: int(sample) })).map(typeRowOf);
}

interface PairRow {
  from: string[];
  to: string[];
  count: number;
}

/** Label pairs of a type, as primary labels; scaled up to the type's count when only a sample was read. */
function pairsFrom(rows: readonly PairRow[], typeCount: number): RelationshipTypeSchema["pairs"] {
  const pairs = new Map<string, { from: string; to: string; count: number }>();
  let seen = 0;
  for (const row of rows) {
    const from = primaryLabel(row.from);
    const to = primaryLabel(row.to);
    seen += row.count;
    const pair = pairs.get(`${from}\u0000${to}`) ?? { from, to, count: 0 };
    pair.count += row.count;
    pairs.set(`${from}\u0000${to}`, pair);
  }
  const scale = seen > 0 && typeCount > seen ? typeCount / seen : 1;
  return [...pairs.values()]
    .map((p) => ({ ...p, count: Math.round(p.count * scale) }))
    .sort((a, b) => b.count - a.count || a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
}

async function pairsOf(ctx: ReadContext, type: Counted, sample: number): Promise<RelationshipTypeSchema["pairs"]> {
  const records = await readRecords(ctx, relationshipPairSample(type.name), { sample: int(sample) });
  return pairsFrom(records.map(pairRowOf), type.count);
}

/** Runs the jobs `PARALLEL` at a time, keeping their order. */
async function inBatches<T, R>(items: readonly T[], job: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += PARALLEL)
    results.push(...(await Promise.all(items.slice(i, i + PARALLEL).map(job))));
  return results;
}

/** The discovered schema, given the counts (from the count store) the caller already has. */
export async function discoverSchema(
  ctx: ReadContext,
  counts: { labels: readonly Counted[]; relationshipTypes: readonly Counted[] },
  sampleSize = SCHEMA_SAMPLE_SIZE,
  way: DiscoveryWay = "sample-once",
): Promise<GraphSchema> {
  const labels = await inBatches(counts.labels, async (label): Promise<LabelSchema> => ({
    name: label.name,
    count: label.count,
    properties: label.count === 0 ? [] : propertyStats(await typeRows(ctx, nodePropertySample(label.name), sampleSize)),
  }));
  const relationshipTypes = await inBatches(counts.relationshipTypes, (type) =>
    type.count === 0
      ? Promise.resolve({ name: type.name, count: 0, pairs: [], properties: [] })
      : way === "sample-once"
        ? sampleOnce(ctx, type, sampleSize)
        : twoPerType(ctx, type, sampleSize),
  );
  const sampled = [...counts.labels, ...counts.relationshipTypes].some((c) => c.count > sampleSize);
  return { labels, relationshipTypes, sampled, sampleSize };
}

/** relationshipSample's rows of one type: the pair rows (key null) and the property rows. */
function relationshipRowsOf(records: readonly DbRecord[]): { pairs: PairRow[]; properties: TypeRow[] } {
  const pairs = records.filter((r) => r.get("key") === null).map(pairRowOf);
  const properties = records.filter((r) => r.get("key") !== null).map(typeRowOf);
  return { pairs, properties };
}

/** A type's properties and label pairs from one sample. */
async function sampleOnce(ctx: ReadContext, type: Counted, sample: number): Promise<RelationshipTypeSchema> {
  const records = await readRecords(ctx, relationshipSample(type.name), { sample: int(sample) });
  const { pairs, properties } = relationshipRowsOf(records);
  return {
    name: type.name,
    count: type.count,
    pairs: pairsFrom(pairs, type.count),
    properties: propertyStats(properties),
  };
}

/** The way before: a type's properties and its label pairs in two queries. */
async function twoPerType(ctx: ReadContext, type: Counted, sample: number): Promise<RelationshipTypeSchema> {
  return {
    name: type.name,
    count: type.count,
    pairs: await pairsOf(ctx, type, sample),
    properties: propertyStats(await typeRows(ctx, relationshipPropertySample(type.name), sample)),
  };
}

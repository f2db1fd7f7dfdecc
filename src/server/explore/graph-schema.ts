// Schema discovery: labels and relationship types with counts from the count store, and their properties (types,
// share set, mean string length) and label pairs from a bounded sample each, so it stays fast on big graphs. Batched:
// a few queries in all (one per BATCH labels or types), not one or two per label and type as before.
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
  nodePropertySampleBatch,
  relationshipPairSample,
  relationshipPropertySample,
  relationshipSampleBatch,
} from "../queries/schema.ts";
import { toCount } from "./counts.ts";

/** Nodes per label and relationships per type that discovery reads. */
export const SCHEMA_SAMPLE_SIZE = 1_000;

/** Queries run at once: enough to overlap round trips, few enough to leave the database to the users. */
const PARALLEL = 4;

/**
 * Labels or types per batched query: one query plans faster than one per name (planning, not reading, was most of
 * a cold discovery: BENCHMARKS.md), and a bound keeps a graph of thousands of labels from one enormous query.
 */
const BATCH = 50;

/**
 * How discovery reads its samples. "batched": one query per BATCH labels and one per BATCH types, the type's one
 * sample giving both its properties and its label pairs. "per-label": one query per label and two per type, four at
 * a time, as before (kept for the benchmark, which runs both).
 */
export type DiscoveryWay = "batched" | "per-label";

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
  way: DiscoveryWay = "batched",
): Promise<GraphSchema> {
  const { labels, relationshipTypes } =
    way === "batched"
      ? await batched(ctx, counts.labels, counts.relationshipTypes, sampleSize)
      : await perLabel(ctx, counts.labels, counts.relationshipTypes, sampleSize);
  const sampled = [...counts.labels, ...counts.relationshipTypes].some((c) => c.count > sampleSize);
  return { labels, relationshipTypes, sampled, sampleSize };
}

/**
 * The rows of every non-empty label or type, by name: BATCH names a query (queries/schema.ts), the queries
 * `PARALLEL` at a time.
 */
async function sampleAll<R>(
  ctx: ReadContext,
  cypher: (names: readonly string[]) => string,
  counted: readonly Counted[],
  sample: number,
  row: (r: DbRecord) => R,
): Promise<Map<string, R[]>> {
  const names = counted.filter((c) => c.count > 0).map((c) => c.name);
  const batches: string[][] = [];
  for (let i = 0; i < names.length; i += BATCH) batches.push(names.slice(i, i + BATCH));
  const byName = new Map<string, R[]>();
  const answers = await inBatches(batches, (batch) =>
    readRecords(ctx, cypher(batch), { names: batch, sample: int(sample) }),
  );
  for (const r of answers.flat()) {
    const name = r.get("name") as string;
    byName.set(name, [...(byName.get(name) ?? []), row(r)]);
  }
  return byName;
}

/** relationshipSampleBatch's rows of one type as the pair rows and property rows the per-type queries give. */
function relationshipRowsOf(records: readonly DbRecord[]): { pairs: PairRow[]; properties: TypeRow[] } {
  const pairs: PairRow[] = [];
  const properties = new Map<string, TypeRow & { lengths: number }>();
  for (const r of records) {
    const count = toCount(r.get("count"));
    const key = r.get("key") as string | null;
    if (key === null) {
      pairs.push({ from: r.get("from") as string[], to: r.get("to") as string[], count });
      continue;
    }
    const type = r.get("type") as string;
    const lengths = r.get("lengths") as Parameters<typeof toCount>[0] | null;
    const id = `${key}\u0000${type}`;
    const row = properties.get(id) ?? {
      key,
      type,
      total: toCount(r.get("total")),
      count: 0,
      meanLength: null,
      lengths: 0,
    };
    row.count += count;
    if (lengths !== null) row.lengths += toCount(lengths);
    properties.set(id, row);
  }
  return {
    pairs,
    properties: [...properties.values()].map(({ lengths, ...row }) => ({
      ...row,
      meanLength: propertyType(row.type) === "string" ? lengths / row.count : null,
    })),
  };
}

async function batched(
  ctx: ReadContext,
  labels: readonly Counted[],
  types: readonly Counted[],
  sample: number,
): Promise<Pick<GraphSchema, "labels" | "relationshipTypes">> {
  const [nodes, relationships] = await Promise.all([
    sampleAll(ctx, nodePropertySampleBatch, labels, sample, typeRowOf),
    sampleAll(ctx, relationshipSampleBatch, types, sample, (r) => r),
  ]);
  return {
    labels: labels.map((label) => ({
      name: label.name,
      count: label.count,
      properties: propertyStats(nodes.get(label.name) ?? []),
    })),
    relationshipTypes: types.map((type) => {
      const { pairs, properties } = relationshipRowsOf(relationships.get(type.name) ?? []);
      return {
        name: type.name,
        count: type.count,
        pairs: pairsFrom(pairs, type.count),
        properties: propertyStats(properties),
      };
    }),
  };
}

/** The way before batching: one query per label and two per type, four at a time. */
async function perLabel(
  ctx: ReadContext,
  counted: readonly Counted[],
  types: readonly Counted[],
  sampleSize: number,
): Promise<Pick<GraphSchema, "labels" | "relationshipTypes">> {
  const labels = await inBatches(counted, async (label): Promise<LabelSchema> => ({
    name: label.name,
    count: label.count,
    properties: label.count === 0 ? [] : propertyStats(await typeRows(ctx, nodePropertySample(label.name), sampleSize)),
  }));
  const relationshipTypes = await inBatches(types, async (type): Promise<RelationshipTypeSchema> => ({
    name: type.name,
    count: type.count,
    pairs: type.count === 0 ? [] : await pairsOf(ctx, type, sampleSize),
    properties:
      type.count === 0 ? [] : propertyStats(await typeRows(ctx, relationshipPropertySample(type.name), sampleSize)),
  }));
  return { labels, relationshipTypes };
}

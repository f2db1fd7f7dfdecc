// Query, body and response schemas of the explore endpoints (search, neighbours, paths, schema, stats, cypher).
import { z } from "zod";
import { GraphPayloadSchema, WireNodeSchema, WireRelationshipSchema } from "./graph.ts";
import { JsonValueSchema } from "./json.ts";
import { GraphSchemaSchema } from "./graph-schema.ts";

/** Comma-separated lists in query strings (`labels=Person,Company`); in-process callers may pass the list itself. */
const csv = z
  .union([z.string().max(2_000), z.array(z.string().max(200)).max(50).readonly()])
  .transform((s) => (typeof s === "string" ? s.split(",") : [...s]).map((x) => x.trim()).filter(Boolean))
  .pipe(z.array(z.string().regex(/^[\p{L}\p{N}_]+$/u, "must be label or type names")).max(50));

/** A whole number from a query string ("10") or an in-process caller (10). */
const count = () => z.coerce.number<number | string>().int();

export const SearchQuerySchema = z
  .object({
    q: z.string().trim().min(1, "is required").max(200),
    labels: csv.optional(),
    limit: count().min(1).max(100).default(10),
  })
  .strict();
export type SearchQuery = z.infer<typeof SearchQuerySchema>;

export const SearchHitSchema = z.object({
  node: WireNodeSchema,
  /** The entity's slug, stable across reloads (element ids are not). */
  key: z.string(),
  name: z.string(),
  /** The name or alias that matched the query, in whatever language it matched. */
  matched: z.string(),
  label: z.string(),
  score: z.number(),
});
export const SearchResponseSchema = z.object({
  query: z.string(),
  hits: z.array(SearchHitSchema),
  /** How the hits were found, on graphs other than the article: a full-text index, or a bounded scan without one. */
  mode: z.enum(["index", "scan"]).optional(),
  /** Said to the user next to the search box, e.g. that search is slower without a full-text index. */
  note: z.string().optional(),
});
export type SearchHit = z.infer<typeof SearchHitSchema>;
export type SearchResponse = z.infer<typeof SearchResponseSchema>;

export const NeighborsQuerySchema = z
  .object({
    types: csv.optional(),
    labels: csv.optional(),
    direction: z.enum(["out", "in", "both"]).default("both"),
    limit: count().min(1).max(1_000).default(50),
    cursor: z
      .string()
      .regex(/^\d{1,9}$/, "must be a cursor returned by a previous page")
      .optional(),
  })
  .strict();
export type NeighborsQuery = z.infer<typeof NeighborsQuerySchema>;

export const NeighborsResponseSchema = GraphPayloadSchema.extend({
  center: WireNodeSchema,
  /** Neighbouring relationships matching the filters, over all pages. */
  total: z.number().int().nonnegative(),
  nextCursor: z.string().nullable(),
});
export type NeighborsResponse = z.infer<typeof NeighborsResponseSchema>;

export const PathsQuerySchema = z
  .object({
    from: z.string().min(1).max(200),
    to: z.string().min(1).max(200),
    maxHops: count().min(1).max(10).default(6),
    k: count().min(1).max(20).default(10),
    /** out: follow relationship directions (falls back to both when no directed path exists). */
    direction: z.enum(["out", "both"]).default("out"),
  })
  .strict();
export type PathsQuery = z.infer<typeof PathsQuerySchema>;

export const PathHopSchema = z.object({ from: z.string(), to: z.string(), relationship: WireRelationshipSchema });
export const PathSchema = z.object({
  length: z.number().int(),
  nodes: z.array(z.string()),
  hops: z.array(PathHopSchema),
});
export const PathsResponseSchema = GraphPayloadSchema.extend({
  /** k shortest paths (not only the shortest ones), shortest first. */
  paths: z.array(PathSchema),
  from: WireNodeSchema,
  to: WireNodeSchema,
  /** The direction actually searched. */
  direction: z.enum(["out", "both"]),
  /**
   * Present when the search was cut short: around hubs of a big graph, k routes can take seconds to find, so the
   * server searches for at most `budgetMs` and sends the routes found by then (shortest first); more routes, and
   * shorter ones of the same length, may exist.
   */
  truncated: z.object({ reason: z.literal("time-budget"), budgetMs: z.number().int().nonnegative() }).optional(),
});
export type GraphPath = z.infer<typeof PathSchema>;
export type PathsResponse = z.infer<typeof PathsResponseSchema>;

const CountSchema = z.object({ name: z.string(), count: z.number().int().nonnegative() });
export const SchemaResponseSchema = z.object({
  labels: z.array(CountSchema),
  relationshipTypes: z.array(CountSchema),
  propertyKeys: z.array(z.string()),
  /** The discovered schema: properties per label and type, label pairs per type (sampled on big graphs). Optional
   * only so that snapshots exported before it still read; the server always sends it. */
  graph: GraphSchemaSchema.optional(),
});
export type SchemaResponse = z.infer<typeof SchemaResponseSchema>;

export const StatsResponseSchema = z.object({
  nodes: z.number().int().nonnegative(),
  relationships: z.number().int().nonnegative(),
  labels: z.array(CountSchema),
  relationshipTypes: z.array(CountSchema),
});
export type StatsResponse = z.infer<typeof StatsResponseSchema>;

export const CypherRequestSchema = z
  .object({
    query: z.string().min(1, "is required").max(20_000),
    params: z.record(z.string(), JsonValueSchema).default({}),
    /** "write" needs a server started with --allow-write and its token as a Bearer header. */
    mode: z.enum(["read", "write"]).default("read"),
  })
  .strict();
export type CypherRequest = z.infer<typeof CypherRequestSchema>;

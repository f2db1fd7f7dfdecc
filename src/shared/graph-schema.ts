// What a graph holds, discovered from the database: labels, relationship types with the labels they connect, and the
// property keys of each with their types and how often they are set. Perspectives are generated from it.
import { z } from "zod";

/** Cypher's value types as `valueType()` names them, reduced to what a caption or size rule cares about. */
export const PROPERTY_TYPES = ["string", "integer", "float", "boolean", "list", "temporal", "other"] as const;
export const PropertyTypeSchema = z.enum(PROPERTY_TYPES);
export type PropertyType = z.infer<typeof PropertyTypeSchema>;

export const PropertyStatsSchema = z.object({
  key: z.string(),
  /** Every type seen for the key, most frequent first. */
  types: z.array(PropertyTypeSchema),
  /** Share of the sampled nodes (or relationships) that have it set, 0 to 1. */
  share: z.number().min(0).max(1),
  /** For strings: the mean length of the sampled values (captions want short ones). */
  meanLength: z.number().nonnegative().optional(),
});
export type PropertyStats = z.infer<typeof PropertyStatsSchema>;

export const LabelSchemaSchema = z.object({
  name: z.string(),
  count: z.number().int().nonnegative(),
  properties: z.array(PropertyStatsSchema),
});
export type LabelSchema = z.infer<typeof LabelSchemaSchema>;

export const RelationshipTypeSchemaSchema = z.object({
  name: z.string(),
  count: z.number().int().nonnegative(),
  /** The label pairs it connects, busiest first. */
  pairs: z.array(z.object({ from: z.string(), to: z.string(), count: z.number().int().nonnegative() })),
  properties: z.array(PropertyStatsSchema),
});
export type RelationshipTypeSchema = z.infer<typeof RelationshipTypeSchemaSchema>;

export const GraphSchemaSchema = z.object({
  labels: z.array(LabelSchemaSchema),
  relationshipTypes: z.array(RelationshipTypeSchemaSchema),
  /** True when properties and pairs come from a sample, not a full scan; `sampleSize` says how many per label/type. */
  sampled: z.boolean(),
  sampleSize: z.number().int().positive(),
});
export type GraphSchema = z.infer<typeof GraphSchemaSchema>;

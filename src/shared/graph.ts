// The one typed wire format for graph results: nodes, relationships, optional rows, and a summary.
import { z } from "zod";
import { JsonValueSchema, PropertiesSchema } from "./json.ts";

export const WireNodeSchema = z.object({
  id: z.string(),
  labels: z.array(z.string()),
  properties: PropertiesSchema,
});
export type WireNode = z.infer<typeof WireNodeSchema>;

export const WireRelationshipSchema = z.object({
  id: z.string(),
  type: z.string(),
  start: z.string(),
  end: z.string(),
  properties: PropertiesSchema,
});
export type WireRelationship = z.infer<typeof WireRelationshipSchema>;

export const SummarySchema = z.object({
  /** Server-side time until the result was available, in milliseconds. */
  resultAvailableAfterMs: z.number().nonnegative(),
  /** True when the result cap cut the result short. */
  capped: z.boolean(),
  /** True when the query hit its timeout. */
  timedOut: z.boolean(),
  rowCount: z.number().int().nonnegative(),
  /**
   * The first view of a graph without the article's `:Entity` label: how many nodes (but :ExplorerMeta) and
   * relationships the database holds, when the payload shows only part of them (the busiest nodes) or none at all.
   */
  total: z.object({ nodes: z.number().int().nonnegative(), relationships: z.number().int().nonnegative() }).optional(),
});
export type Summary = z.infer<typeof SummarySchema>;

export const GraphPayloadSchema = z.object({
  nodes: z.array(WireNodeSchema),
  relationships: z.array(WireRelationshipSchema),
  columns: z.array(z.string()).optional(),
  rows: z.array(z.record(z.string(), JsonValueSchema)).optional(),
  summary: SummarySchema,
});
export type GraphPayload = z.infer<typeof GraphPayloadSchema>;

// Request and response shapes of the explorer API, shared by the server (to validate) and the client (for types).
import { z } from "zod";
import { WireNodeSchema, WireRelationshipSchema } from "./graph.ts";

export const ApiErrorSchema = z.object({
  error: z.string(),
  message: z.string(),
  details: z.unknown().optional(),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;

/** One relationship of a node, seen from that node, with the node at its other end. */
export const NodeRelationshipSchema = z.object({
  direction: z.enum(["out", "in"]),
  relationship: WireRelationshipSchema,
  other: WireNodeSchema,
});
export type NodeRelationship = z.infer<typeof NodeRelationshipSchema>;

export const NodeDetailSchema = z.object({
  node: WireNodeSchema,
  degree: z.record(z.string(), z.number().int().nonnegative()),
  relationships: z.array(NodeRelationshipSchema),
  sources: z.array(WireNodeSchema),
});
export type NodeDetail = z.infer<typeof NodeDetailSchema>;

export const NodeIdParamsSchema = z.object({ id: z.string().min(1).max(200) });

/** An ad-hoc query that timed out while Neo4j still runs its transaction (one long expression is not interrupted). */
export const StuckTransactionSchema = z.object({
  id: z.string(),
  query: z.string(),
  timedOutForMs: z.number().nonnegative(),
  transactionId: z.string().nullable(),
  status: z.string().nullable(),
});
export type StuckTransaction = z.infer<typeof StuckTransactionSchema>;

export const HealthSchema = z.object({
  server: z.literal("ok"),
  neo4j: z.object({
    reachable: z.boolean(),
    version: z.string().optional(),
    edition: z.string().optional(),
    database: z.string(),
    message: z.string().optional(),
  }),
  /** Ad-hoc query slots: how many are taken of the limit, and which timed-out queries Neo4j still runs. */
  adhoc: z
    .object({
      limit: z.number().int().positive(),
      inUse: z.number().int().nonnegative(),
      stuck: z.array(StuckTransactionSchema),
    })
    .optional(),
});
export type Health = z.infer<typeof HealthSchema>;

// The file `npm run diff -- A B --format json` writes and the page reads: what changed between two versions of a graph.
import { z } from "zod";
import { JsonValueSchema, PropertiesSchema } from "./json.ts";

/** One property of one fact: added, removed, a new value, or the same value under a new name. */
export const PropertyChangeSchema = z.object({
  change: z.enum(["added", "removed", "changed", "renamed"]),
  property: z.string(),
  /** For `renamed`: the name it had in A. */
  previousProperty: z.string().optional(),
  before: JsonValueSchema.optional(),
  after: JsonValueSchema.optional(),
});
export type PropertyChange = z.infer<typeof PropertyChangeSchema>;

/** `rekeyed`: the same node (same labels and properties but its key) under a new key. */
export const NodeChangeKindSchema = z.enum(["added", "removed", "changed", "rekeyed"]);
export type NodeChangeKind = z.infer<typeof NodeChangeKindSchema>;

export const NodeChangeSchema = z.object({
  change: NodeChangeKindSchema,
  /** The stable key: the `id` slug, else `Label(prop=value)` from a key constraint the scripts declare. */
  key: z.string(),
  /** For `rekeyed`: the key in A. */
  previousKey: z.string().optional(),
  labels: z.array(z.string()),
  /** When its labels changed: the labels it had in A. */
  previousLabels: z.array(z.string()).optional(),
  /** As in B, or as in A for a removed node. */
  properties: PropertiesSchema,
  propertyChanges: z.array(PropertyChangeSchema),
});
export type NodeChange = z.infer<typeof NodeChangeSchema>;

export const RelationshipChangeKindSchema = z.enum(["added", "removed", "changed"]);
export type RelationshipChangeKind = z.infer<typeof RelationshipChangeKindSchema>;

export const RelationshipChangeSchema = z.object({
  change: RelationshipChangeKindSchema,
  type: z.string(),
  /** Keys of its ends, in B's keys (a rekeyed end is named by its new key). */
  start: z.string(),
  end: z.string(),
  /** As in B, or as in A for a removed relationship (its `quote` and `source` included). */
  properties: PropertiesSchema,
  propertyChanges: z.array(PropertyChangeSchema),
});
export type RelationshipChange = z.infer<typeof RelationshipChangeSchema>;

const VersionSchema = z.object({
  /** What was compared: a folder, or `revision:path`. */
  source: z.string(),
  nodes: z.number().int().nonnegative(),
  relationships: z.number().int().nonnegative(),
});

const CountsSchema = z.object({
  added: z.number().int().nonnegative(),
  removed: z.number().int().nonnegative(),
  changed: z.number().int().nonnegative(),
});

export const GraphDiffSchema = z.object({
  format: z.literal("kg-explorer-diff"),
  version: z.literal(1),
  a: VersionSchema,
  b: VersionSchema,
  /** How nodes were keyed: `id`, and each `Label.property` key constraint that was used. */
  keys: z.array(z.string()),
  summary: z.object({
    nodes: CountsSchema.extend({ rekeyed: z.number().int().nonnegative() }),
    relationships: CountsSchema,
  }),
  nodes: z.array(NodeChangeSchema),
  relationships: z.array(RelationshipChangeSchema),
  /**
   * The unchanged ends of changed relationships, by key, with their labels and naming properties (id, name*, title),
   * so the page can draw each changed fact between its two ends.
   */
  ends: z.record(z.string(), z.object({ labels: z.array(z.string()), properties: PropertiesSchema })),
});
export type GraphDiff = z.infer<typeof GraphDiffSchema>;

// The trust boundary of a bulk load: each line of the files and the manifest, checked against the model's allow-list.
import { z } from "zod";
import { ENTITY_LABELS, RELATIONSHIP_TYPES } from "../../generate/index.ts";

const value = z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.array(z.number())]);
const id = z.string().min(1).max(200);
/** A plain name inside the data set's folder, never a path elsewhere. */
const fileName = z.string().regex(/^[\w.-]+$/);

/** Labels and types end up in Cypher text (they cannot be parameters), so only the model's own names pass. */
export const EntityLineSchema = z.object({
  label: z.string().refine((l) => ENTITY_LABELS.has(l), { message: `must be one of ${[...ENTITY_LABELS].join(", ")}` }),
  props: z.record(z.string(), value).and(z.object({ id })),
});

export const RelationshipLineSchema = z.object({
  type: z
    .string()
    .refine((t) => RELATIONSHIP_TYPES.has(t), { message: "must be a relationship type of graph/README.md" }),
  from: id,
  to: id,
  props: z.record(z.string(), value),
});

export const ManifestSchema = z.object({
  format: z.literal("kg-explorer-synthetic"),
  version: z.literal(1),
  entities: z.number().int().nonnegative(),
  relationships: z.number().int().nonnegative(),
  source: z.object({ id, title: z.string(), language: z.string() }),
  files: z.object({ entities: fileName, relationships: fileName }),
  /** Written by `npm run generate` since the importer path exists; older data sets load by UNWIND only. */
  csv: z
    .object({
      entities: fileName,
      relationships: fileName,
      arrayDelimiter: z.string().regex(/^U\+[0-9A-F]{4}$/),
      multiline: z.boolean(),
    })
    .optional(),
});

export type EntityLine = z.infer<typeof EntityLineSchema>;
export type RelationshipLine = z.infer<typeof RelationshipLineSchema>;
export type BulkManifest = z.infer<typeof ManifestSchema>;

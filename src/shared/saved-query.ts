// Saved queries as they cross the wire: the list the client shows, and the body that runs one.
import { z } from "zod";

/**
 * `entity` stands for one node: the value is a name in any language, a slug or an element id, resolved before the
 * query runs (as GET /api/nodes/{id} resolves it); the Cypher receives the node's element id
 * (`MATCH (n) WHERE elementId(n) = $from`).
 */
export const SAVED_QUERY_PARAM_TYPES = ["string", "number", "integer", "boolean", "date", "entity"] as const;
export const SavedQueryParamTypeSchema = z.enum(SAVED_QUERY_PARAM_TYPES);
export type SavedQueryParamType = z.infer<typeof SavedQueryParamTypeSchema>;

/** A parameter value in its JSON form: numbers and integers as numbers, dates as YYYY-MM-DD text. */
export const SavedQueryValueSchema = z.union([z.string(), z.number(), z.boolean()]);
export type SavedQueryValue = z.infer<typeof SavedQueryValueSchema>;

export const SavedQueryParamSchema = z.object({
  name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/),
  type: SavedQueryParamTypeSchema,
  default: SavedQueryValueSchema,
  example: SavedQueryValueSchema,
  description: z.string().min(1),
});
export type SavedQueryParam = z.infer<typeof SavedQueryParamSchema>;

export const SavedQuerySchema = z.object({
  /** The file name without `.cypher`, kebab-case: what the CLI and the API take. */
  name: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  title: z.string().min(1),
  description: z.string().min(1),
  tags: z.array(z.string().min(1)),
  params: z.array(SavedQueryParamSchema),
  cypher: z.string().min(1),
  /** What the query needs of the database (`// needs: labels A, B | types T`), when its header says so. */
  needs: z.object({ labels: z.array(z.string()), types: z.array(z.string()) }).optional(),
  /**
   * Set (false, with `reason`) only when the loaded database lacks something the query `needs`: running it then
   * answers 409 with that reason. Absent means the query applies, so lists stay the same where every query does.
   */
  applicable: z.boolean().optional(),
  reason: z.string().optional(),
});
export type SavedQuery = z.infer<typeof SavedQuerySchema>;

/** Values may arrive as text (a form, a URL) or typed JSON; the server coerces them to each parameter's type. */
export const RunSavedQueryBodySchema = z
  .object({
    params: z.record(z.string(), z.unknown()).default({}),
  })
  .strict();
export type RunSavedQueryBody = z.infer<typeof RunSavedQueryBodySchema>;

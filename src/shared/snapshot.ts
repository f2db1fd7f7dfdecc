// The offline snapshot in memory: the whole graph, its schema and every saved query's result, frozen at export time.
import { z } from "zod";
import { GraphPayloadSchema, WireNodeSchema, WireRelationshipSchema } from "./graph.ts";
import { SchemaResponseSchema } from "./explore-schemas.ts";
import { SavedQuerySchema } from "./saved-query.ts";
import { PerspectiveResponseSchema } from "./perspective.ts";

export const SNAPSHOT_FORMAT = "kg-explorer-snapshot";
/** Bumped on any change a reader of the previous version could not handle. 2: saved-query results by reference (snapshot-file.ts). */
export const SNAPSHOT_VERSION = 2;

export const SnapshotSchema = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  version: z.number().int().positive(),
  exportedAt: z.string().datetime({ offset: true }),
  /** Where the data came from (no credentials): shown in the page. */
  origin: z.object({ server: z.string(), database: z.string(), neo4jVersion: z.string() }),
  nodes: z.array(WireNodeSchema),
  relationships: z.array(WireRelationshipSchema),
  /** :Source nodes the relationships cite through their `source` property. */
  sources: z.array(WireNodeSchema),
  schema: SchemaResponseSchema,
  /** The perspective the live server answered at export time (absent in snapshots exported before it existed). */
  perspective: PerspectiveResponseSchema.optional(),
  /** Each saved query with the result of its default parameters at export time. */
  queries: z.array(
    z.object({ query: SavedQuerySchema, params: z.record(z.string(), z.unknown()), result: GraphPayloadSchema }),
  ),
});
export type Snapshot = z.infer<typeof SnapshotSchema>;

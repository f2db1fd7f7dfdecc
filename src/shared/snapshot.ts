// The offline snapshot: the whole graph, its schema and every saved query's result, frozen at export time.
import { z } from "zod";
import { GraphPayloadSchema, WireNodeSchema, WireRelationshipSchema } from "./graph.ts";
import { SchemaResponseSchema } from "./endpoints.ts";
import { SavedQuerySchema } from "./saved-query.ts";

export const SNAPSHOT_FORMAT = "kg-explorer-snapshot";
/** Bumped on any change a reader of the previous version could not handle. */
export const SNAPSHOT_VERSION = 1;

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
  /** Each saved query with the result of its default parameters at export time. */
  queries: z.array(z.object({ query: SavedQuerySchema, params: z.record(z.string(), z.unknown()), result: GraphPayloadSchema })),
});
export type Snapshot = z.infer<typeof SnapshotSchema>;

/** Refuses snapshots from a newer exporter by name, before their shape is checked. */
export function parseSnapshot(value: unknown): Snapshot {
  const head = z.object({ format: z.string(), version: z.number() }).safeParse(value);
  if (!head.success || head.data.format !== SNAPSHOT_FORMAT) {
    throw new Error(`This is not an explorer snapshot (expected "format": "${SNAPSHOT_FORMAT}").`);
  }
  if (head.data.version > SNAPSHOT_VERSION) {
    throw new Error(`This snapshot is version ${head.data.version}, newer than this explorer reads (${SNAPSHOT_VERSION}). Export it again, or open it with a newer explorer.`);
  }
  const parsed = SnapshotSchema.safeParse(value);
  if (!parsed.success) {
    const first = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`);
    throw new Error(`The snapshot is damaged: ${first.join("; ")}`);
  }
  return parsed.data;
}

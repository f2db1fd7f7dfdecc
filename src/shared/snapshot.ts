// The offline snapshot in memory: the whole graph, its schema and every saved query's result, frozen at export time.
import { z } from "zod";
import { GraphPayloadSchema, WireNodeSchema, WireRelationshipSchema } from "./graph.ts";
import { SchemaResponseSchema } from "./explore-schemas.ts";
import { SavedQuerySchema } from "./saved-query.ts";
import { PerspectiveResponseSchema } from "./perspective.ts";
import { SourceReaderSchema } from "./source-text.ts";
import { NoteSchema } from "./notes.ts";

export const SNAPSHOT_FORMAT = "kg-explorer-snapshot";
/**
 * Bumped on any change a reader of the previous version could not handle. 2: saved-query results by reference
 * (snapshot-file.ts). 3: the origin names the graph, never a server (no host, port or user in a published folder).
 */
export const SNAPSHOT_VERSION = 3;

export const SnapshotSchema = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  version: z.number().int().positive(),
  exportedAt: z.string().datetime({ offset: true }),
  /**
   * What the data is: the graph's name, its database's name and the Neo4j version, shown in the page. Versions 1 and
   * 2 named the server (scheme, host and port) instead of the graph; they are still read.
   */
  origin: z
    .object({
      graph: z.string().optional(),
      server: z.string().optional(),
      database: z.string(),
      neo4jVersion: z.string(),
    })
    .refine((o) => o.graph !== undefined || o.server !== undefined, "names the graph"),
  nodes: z.array(WireNodeSchema),
  relationships: z.array(WireRelationshipSchema),
  /** :Source nodes the relationships cite through their `source` property. */
  sources: z.array(WireNodeSchema),
  schema: SchemaResponseSchema,
  /** The perspective the live server answered at export time (absent in snapshots exported before it existed). */
  perspective: PerspectiveResponseSchema.optional(),
  /**
   * The source reader of each source whose text the graph holds, under the republish rule: the full text only when
   * the :Source says `republish: true`, else the quoted sentences (excerpts) and the url (absent in older snapshots).
   */
  readers: z.array(SourceReaderSchema).optional(),
  /** People's notes, only when the export was asked for them (`--with-notes`); shown read-only offline. */
  notes: z.array(NoteSchema).optional(),
  /** Each saved query with the result of its default parameters at export time. */
  queries: z.array(
    z.object({ query: SavedQuerySchema, params: z.record(z.string(), z.unknown()), result: GraphPayloadSchema }),
  ),
});
export type Snapshot = z.infer<typeof SnapshotSchema>;

/** What the page calls the snapshot's data: the graph's name (version 3), else the server older exports named. */
export const snapshotGraphName = (s: Pick<Snapshot, "origin">): string =>
  s.origin.graph ?? s.origin.server ?? "a graph";

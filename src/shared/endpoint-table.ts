// The API's endpoint table: the server declares its routes from it, the client calls through it, OpenAPI comes from it.
import { z } from "zod";
import { defineEndpoint } from "./endpoint.ts";
import { GraphPayloadSchema } from "./graph.ts";
import { CompactGraphSchema } from "./compact-graph.ts";
import { HealthSchema, NodeDetailSchema, NodeIdParamsSchema } from "./api.ts";
import {
  CypherRequestSchema,
  NeighborsQuerySchema,
  NeighborsResponseSchema,
  PathsQuerySchema,
  PathsResponseSchema,
  SchemaResponseSchema,
  SearchQuerySchema,
  SearchResponseSchema,
  StatsResponseSchema,
} from "./explore-schemas.ts";
import { RunSavedQueryBodySchema, SavedQuerySchema } from "./saved-query.ts";
import { PerspectiveResponseSchema } from "./perspective.ts";
import { NewNoteSchema, NoteListSchema, NoteLookupSchema, NoteQuerySchema, NoteSchema } from "./notes.ts";
import { SourceIdParamsSchema, SourceListSchema, SourceReaderSchema } from "./source-text.ts";
import { LiveParamsSchema, LiveStartBodySchema, LiveStartResponseSchema, LiveStatusSchema } from "./live.ts";

/** The query of an endpoint that takes none: any parameter is refused, rather than a typo silently ignored. */
export const NoQuerySchema = z.object({}).strict();

export const GraphQuerySchema = z
  .object({
    limit: z.coerce.number<number | string>().int().min(1).max(100_000).optional(),
    /** `compact`: the columnar form of compact-graph.ts, for big views; the JSON form of GraphPayload otherwise. */
    format: z.enum(["json", "compact"]).optional(),
  })
  .strict();

export const SavedQueryNameParamsSchema = z.object({
  name: z.string().regex(/^[a-z0-9-]{1,100}$/, "must be a saved query name"),
});

export const SavedQueryListSchema = z.object({ queries: z.array(SavedQuerySchema) });
export type SavedQueryList = z.infer<typeof SavedQueryListSchema>;

export const endpoints = {
  graph: defineEndpoint({
    method: "GET",
    path: "/api/graph",
    summary: "Every entity and relationship (capped); `format=compact` answers in the compact columnar form",
    query: GraphQuerySchema,
    // Told apart by `format`, so a bad answer is reported at its field, not as "matches neither form".
    response: z.discriminatedUnion("format", [
      GraphPayloadSchema.extend({ format: z.literal("json").optional() }),
      CompactGraphSchema,
    ]),
    errors: [400, 503],
  }),
  search: defineEndpoint({
    method: "GET",
    path: "/api/search",
    summary: "Full-text search over names and aliases (ja, zh, en)",
    query: SearchQuerySchema,
    response: SearchResponseSchema,
    errors: [400, 503],
  }),
  node: defineEndpoint({
    method: "GET",
    path: "/api/nodes/{id}",
    summary: "A node, its degree by type, relationships with quotes, sources",
    params: NodeIdParamsSchema,
    response: NodeDetailSchema,
    errors: [400, 404, 503],
  }),
  neighbors: defineEndpoint({
    method: "GET",
    path: "/api/nodes/{id}/neighbors",
    summary: "One hop, filtered and paged, with the total",
    params: NodeIdParamsSchema,
    query: NeighborsQuerySchema,
    response: NeighborsResponseSchema,
    errors: [400, 404, 503],
  }),
  paths: defineEndpoint({
    method: "GET",
    path: "/api/paths",
    summary: "The k shortest paths between two entities, hop by hop with quotes",
    query: PathsQuerySchema,
    response: PathsResponseSchema,
    errors: [400, 404, 503],
  }),
  schema: defineEndpoint({
    method: "GET",
    path: "/api/schema",
    summary:
      "Labels, relationship types and property keys with counts; the discovered schema (properties, label pairs)",
    response: SchemaResponseSchema,
    errors: [503],
  }),
  perspective: defineEndpoint({
    method: "GET",
    path: "/api/perspective",
    summary: "Captions, colours, sizes and relationship phrases: the graph's perspective file, or one generated",
    response: PerspectiveResponseSchema,
    errors: [503],
  }),
  stats: defineEndpoint({
    method: "GET",
    path: "/api/stats",
    summary: "Node and relationship counts",
    response: StatsResponseSchema,
    errors: [503],
  }),
  health: defineEndpoint({
    method: "GET",
    path: "/api/health",
    summary: "The server's and Neo4j's state",
    response: HealthSchema,
    errors: [],
  }),
  cypher: defineEndpoint({
    method: "POST",
    path: "/api/cypher",
    summary: "Run a read-only Cypher query (403 for writes, schema or admin commands)",
    body: CypherRequestSchema,
    response: GraphPayloadSchema,
    errors: [400, 401, 403, 413, 503],
  }),
  queries: defineEndpoint({
    method: "GET",
    path: "/api/queries",
    summary: "The saved queries, with their parameters",
    response: SavedQueryListSchema,
    errors: [],
  }),
  runQuery: defineEndpoint({
    method: "POST",
    path: "/api/queries/{name}/run",
    summary: "Run a saved query with parameters",
    params: SavedQueryNameParamsSchema,
    body: RunSavedQueryBodySchema,
    response: GraphPayloadSchema,
    errors: [400, 403, 404, 409, 503],
  }),
  sources: defineEndpoint({
    method: "GET",
    path: "/api/sources",
    summary: "The sources the relationships cite, and whether the graph holds their text",
    response: SourceListSchema,
    errors: [503],
  }),
  source: defineEndpoint({
    method: "GET",
    path: "/api/sources/{id}",
    summary: "A source's text, the facts resting on it with their quotes' places, and which sentences they cover",
    params: SourceIdParamsSchema,
    response: SourceReaderSchema,
    errors: [400, 404, 503],
  }),
  liveStart: defineEndpoint({
    method: "POST",
    path: "/api/live",
    summary:
      "Start a live session a class can follow (the id is the link; the teacher key pushes steps over WebSocket)",
    body: LiveStartBodySchema,
    response: LiveStartResponseSchema,
    errors: [400, 503],
  }),
  liveStatus: defineEndpoint({
    method: "GET",
    path: "/api/live/{id}",
    summary: "A live session's latest view and sequence number; 410 once the teacher has stopped",
    params: LiveParamsSchema,
    response: LiveStatusSchema,
    errors: [400, 404, 410],
  }),
  notes: defineEndpoint({
    method: "GET",
    path: "/api/notes",
    summary: "The notes on one node, relationship or saved view, oldest first (kept apart from the explored graph)",
    query: NoteQuerySchema,
    response: NoteListSchema,
    errors: [400],
  }),
  notesFor: defineEndpoint({
    method: "POST",
    path: "/api/notes/lookup",
    summary: "The notes on a set of targets (a node and its relationships, a path's hops), oldest first; reads only",
    body: NoteLookupSchema,
    response: NoteListSchema,
    errors: [400],
  }),
  addNote: defineEndpoint({
    method: "POST",
    path: "/api/notes",
    summary: "Add a note to a node, a relationship or a saved view; answered once it is saved to disk",
    body: NewNoteSchema,
    response: NoteSchema,
    status: 201,
    errors: [400, 404, 409, 503],
  }),
} as const;

export type Endpoints = typeof endpoints;
export type EndpointName = keyof Endpoints;

// Routes for reading the graph: whole view, node details, neighbours, paths, search, schema, stats, health.
import { z } from "zod";
import * as S from "../../../shared/index.ts";
import { wholeGraph } from "../../explore/graph.ts";
import { nodeDetail } from "../../explore/node-detail.ts";
import { neighbors } from "../../explore/neighbors.ts";
import { paths } from "../../explore/paths.ts";
import { search } from "../../explore/search.ts";
import { schema, stats } from "../../explore/schema.ts";
import { health } from "../../explore/health.ts";
import { defineRoute, type RouteSpec } from "../route.ts";
import type { AppContext } from "../context.ts";

const GraphQuerySchema = z.object({ limit: z.coerce.number().int().min(1).max(100_000).optional() }).strict();

export function exploreRoutes(ctx: AppContext): RouteSpec[] {
  const { read } = ctx;
  return [
    defineRoute({
      method: "GET",
      url: "/api/graph",
      summary: "Every entity and relationship (capped)",
      query: GraphQuerySchema,
      response: S.GraphPayloadSchema,
      errors: [400, 503],
      handler: ({ query }) => wholeGraph(read, query.limit ?? ctx.limits.maxNodes),
    }),
    defineRoute({
      method: "GET",
      url: "/api/search",
      summary: "Full-text search over names and aliases (ja, zh, en)",
      query: S.SearchQuerySchema,
      response: S.SearchResponseSchema,
      errors: [400, 503],
      handler: ({ query }) => search(read, query),
    }),
    defineRoute({
      method: "GET",
      url: "/api/nodes/{id}",
      summary: "A node, its degree by type, relationships with quotes, sources",
      params: S.NodeIdParamsSchema,
      response: S.NodeDetailSchema,
      errors: [400, 404, 503],
      handler: ({ params }) => nodeDetail(read, params.id, ctx.limits.maxNodes),
    }),
    defineRoute({
      method: "GET",
      url: "/api/nodes/{id}/neighbors",
      summary: "One hop, filtered and paged, with the total",
      params: S.NodeIdParamsSchema,
      query: S.NeighborsQuerySchema,
      response: S.NeighborsResponseSchema,
      errors: [400, 404, 503],
      handler: ({ params, query }) => neighbors(read, params.id, query),
    }),
    defineRoute({
      method: "GET",
      url: "/api/paths",
      summary: "The k shortest paths between two entities, hop by hop with quotes",
      query: S.PathsQuerySchema,
      response: S.PathsResponseSchema,
      errors: [400, 404, 503],
      handler: ({ query }) => paths(read, query),
    }),
    defineRoute({
      method: "GET",
      url: "/api/schema",
      summary: "Labels, relationship types and property keys with counts",
      response: S.SchemaResponseSchema,
      errors: [503],
      handler: () => schema(read),
    }),
    defineRoute({
      method: "GET",
      url: "/api/stats",
      summary: "Node and relationship counts",
      response: S.StatsResponseSchema,
      errors: [503],
      handler: () => stats(read),
    }),
    defineRoute({
      method: "GET",
      url: "/api/health",
      summary: "The server's and Neo4j's state",
      response: S.HealthSchema,
      handler: () => health(read),
    }),
  ];
}

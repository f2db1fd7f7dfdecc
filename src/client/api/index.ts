// The one API client: same-origin JSON endpoints, every answer validated against the shared schemas.
import {
  GraphPayloadSchema,
  NeighborsResponseSchema,
  NodeDetailSchema,
  PathsResponseSchema,
  SchemaResponseSchema,
  SearchResponseSchema,
  StatsResponseSchema,
} from "../../shared/index.ts";
import type { DataSource, FetchLike } from "./types.ts";
import { fetchJson, queryString } from "./utils.ts";

export * from "./types.ts";
export * from "./utils.ts";

export function createHttpDataSource(
  base = "/api",
  fetchImpl: FetchLike = (input, init) => fetch(input, init),
): DataSource {
  const node = (id: string) => `${base}/nodes/${encodeURIComponent(id)}`;
  return {
    loadGraph: (signal) => fetchJson(fetchImpl, `${base}/graph`, GraphPayloadSchema, signal),
    loadNode: (id, signal) => fetchJson(fetchImpl, node(id), NodeDetailSchema, signal),
    search: (params, signal) =>
      fetchJson(fetchImpl, `${base}/search${queryString({ ...params })}`, SearchResponseSchema, signal),
    neighbors: (id, params, signal) =>
      fetchJson(fetchImpl, `${node(id)}/neighbors${queryString({ ...params })}`, NeighborsResponseSchema, signal),
    paths: (params, signal) =>
      fetchJson(fetchImpl, `${base}/paths${queryString({ ...params })}`, PathsResponseSchema, signal),
    schema: (signal) => fetchJson(fetchImpl, `${base}/schema`, SchemaResponseSchema, signal),
    stats: (signal) => fetchJson(fetchImpl, `${base}/stats`, StatsResponseSchema, signal),
  };
}

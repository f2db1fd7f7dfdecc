// The one API client: same-origin JSON endpoints, every answer validated against the shared schemas.
import { GraphPayloadSchema, NodeDetailSchema } from "../../shared/index.ts";
import type { DataSource, FetchLike } from "./types.ts";
import { fetchJson } from "./utils.ts";

export * from "./types.ts";
export * from "./utils.ts";

export function createHttpDataSource(base = "/api", fetchImpl: FetchLike = (input, init) => fetch(input, init)): DataSource {
  return {
    loadGraph: (signal) => fetchJson(fetchImpl, `${base}/graph`, GraphPayloadSchema, signal),
    loadNode: (id, signal) => fetchJson(fetchImpl, `${base}/nodes/${encodeURIComponent(id)}`, NodeDetailSchema, signal),
  };
}

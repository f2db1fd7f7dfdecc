// Where the explorer's data comes from: the HTTP API now, an offline snapshot later.
import type {
  GraphPayload,
  NeighborsResponse,
  NodeDetail,
  PathsResponse,
  SchemaResponse,
  SearchResponse,
  StatsResponse,
} from "../../shared/index.ts";

/** What the explorer asks for; optional fields take the server's defaults. */
export interface SearchParams {
  q: string;
  labels?: readonly string[];
  limit?: number;
}

export interface NeighborParams {
  types?: readonly string[];
  labels?: readonly string[];
  direction?: "out" | "in" | "both";
  limit?: number;
  /** `nextCursor` of the previous page. */
  cursor?: string;
}

export interface PathParams {
  /** Slugs or elementIds. */
  from: string;
  to: string;
  maxHops?: number;
  k?: number;
  direction?: "out" | "both";
}

/**
 * Everything the UI reads goes through this interface, never through fetch, so a second
 * implementation (an offline snapshot) can stand in for the API. Ids are slugs or elementIds.
 */
export interface DataSource {
  loadGraph(signal?: AbortSignal): Promise<GraphPayload>;
  /** `id` is a slug or an elementId. */
  loadNode(id: string, signal?: AbortSignal): Promise<NodeDetail>;
  search(params: SearchParams, signal?: AbortSignal): Promise<SearchResponse>;
  /** One hop around `id`, one page at a time, with the total for "showing 50 of N". */
  neighbors(id: string, params: NeighborParams, signal?: AbortSignal): Promise<NeighborsResponse>;
  /** The k shortest paths, shortest first. */
  paths(params: PathParams, signal?: AbortSignal): Promise<PathsResponse>;
  schema(signal?: AbortSignal): Promise<SchemaResponse>;
  stats(signal?: AbortSignal): Promise<StatsResponse>;
}

/** network: no answer at all; http: an error status; invalid-response: an answer that fails the schema. */
export type ApiErrorKind = "network" | "http" | "invalid-response";

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

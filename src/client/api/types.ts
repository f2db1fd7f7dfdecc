// Where the explorer's data comes from: the HTTP API now, an offline snapshot later.
import type { GraphPayload, NodeDetail } from "../../shared/index.ts";

export interface DataSource {
  loadGraph(signal?: AbortSignal): Promise<GraphPayload>;
  /** `id` is a slug or an elementId. */
  loadNode(id: string, signal?: AbortSignal): Promise<NodeDetail>;
}

/** network: no answer at all; http: an error status; invalid-response: an answer that fails the schema. */
export type ApiErrorKind = "network" | "http" | "invalid-response";

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

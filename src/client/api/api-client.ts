// What the page reads and runs through: one generic call over the shared endpoint table, live or offline.
import type { EndpointInput, EndpointName, EndpointOutput, Endpoints } from "../../shared/index.ts";

export type CallInput<N extends EndpointName> = EndpointInput<Endpoints[N]>;
export type CallOutput<N extends EndpointName> = EndpointOutput<Endpoints[N]>;

/**
 * Everything the UI asks for goes through `call`, never through fetch, so the offline snapshot can stand in for
 * the API: both answer every endpoint of the table with the same input and output shapes.
 */
export interface ApiClient {
  call<N extends EndpointName>(name: N, input: CallInput<N>, signal?: AbortSignal): Promise<CallOutput<N>>;
  /** Whether asking for a graph's compact form pays: over HTTP it does; a snapshot already in memory gains nothing. */
  readonly compactGraphs?: boolean;
}

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

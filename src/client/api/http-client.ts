// The live API client: one fetch-and-validate over the endpoint table; every answer is checked against its schema.
import {
  ApiErrorSchema,
  endpoints,
  fillPath,
  queryString,
  type Endpoint,
  type EndpointName,
} from "../../shared/index.ts";
import type { ApiClient, CallInput, CallOutput, FetchLike } from "./api-client.ts";
import { ApiRequestError } from "./request-error.ts";
import { checkInline, type ResponseCheck } from "./response-check.ts";

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return text === "" ? null : (JSON.parse(text) as unknown);
  } catch {
    return undefined; // not JSON: a proxy page or a crash, never our API's own answer
  }
}

function errorOf(response: Response, body: unknown): ApiRequestError {
  const apiError = ApiErrorSchema.safeParse(body);
  if (apiError.success) {
    const { message, error, details } = apiError.data;
    return new ApiRequestError("http", response.status, message, error, details ?? null);
  }
  // An empty error is what a dev proxy sends when nothing listens behind it: the API itself never answered.
  if (body === null)
    return new ApiRequestError("network", response.status, `HTTP ${response.status} with an empty body`);
  return new ApiRequestError(
    "http",
    response.status,
    `The server answered HTTP ${response.status} without an explanation.`,
  );
}

/**
 * `origin` is empty for the page's own server; tests and the command line give one. `check` parses and checks a
 * successful answer: on the page by default; the page itself checks big answers in a worker (worker-check.ts).
 */
export function createHttpClient(
  origin = "",
  fetchImpl: FetchLike = (input, init) => fetch(input, init),
  check: ResponseCheck = checkInline,
): ApiClient {
  async function call<N extends EndpointName>(
    name: N,
    input: CallInput<N>,
    signal?: AbortSignal,
  ): Promise<CallOutput<N>> {
    const endpoint: Endpoint = endpoints[name];
    const { params, query, body } = input as { params?: Record<string, unknown>; query?: object; body?: unknown };
    const url = `${origin}${fillPath(endpoint.path, params)}${queryString(query as Record<string, unknown>)}`;
    const init: RequestInit = {
      method: endpoint.method,
      headers: { accept: "application/json" },
      signal: signal ?? null,
    };
    if (endpoint.method === "POST") {
      init.headers = { accept: "application/json", "content-type": "application/json" };
      init.body = JSON.stringify(body ?? {});
    }
    let response: Response;
    try {
      response = await fetchImpl(url, init);
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new ApiRequestError("network", null, error instanceof Error ? error.message : String(error));
    }
    if (!response.ok) throw errorOf(response, await readBody(response));
    const checked = await check(name, await response.text());
    if (!checked.ok) throw new ApiRequestError("invalid-response", response.status, checked.message);
    return checked.data as CallOutput<N>;
  }
  return { call, compactGraphs: true };
}

// Fetch + zod validation (the client's trust boundary) and turning failures into messages for people.
import type { z } from "zod";
import { prettifyError } from "zod";
import { ApiErrorSchema } from "../../shared/index.ts";
import type { Failure } from "../core/data/index.ts";
import type { ApiErrorKind, FetchLike } from "./types.ts";

export class ApiRequestError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    readonly httpStatus: number | null,
    message: string,
    readonly code: string | null = null,
  ) {
    super(message);
    this.name = "ApiRequestError";
  }
}

/** `?a=1&list=x,y` from optional values; empty lists and undefined are left out so the server's defaults apply. */
export function queryString(params: Record<string, string | number | readonly string[] | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined) continue;
    if (typeof value === "object") {
      if (value.length > 0) search.set(name, value.join(","));
    } else search.set(name, String(value));
  }
  const text = search.toString();
  return text === "" ? "" : `?${text}`;
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return text === "" ? null : (JSON.parse(text) as unknown);
  } catch {
    return undefined; // not JSON: a proxy page or a crash, never our API's own answer
  }
}

export async function fetchJson<T>(
  fetchImpl: FetchLike,
  url: string,
  schema: z.ZodType<T>,
  signal?: AbortSignal,
): Promise<T> {
  let response: Response;
  try {
    response = await fetchImpl(url, { headers: { accept: "application/json" }, signal: signal ?? null });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiRequestError("network", null, error instanceof Error ? error.message : String(error));
  }
  const body = await readBody(response);
  if (!response.ok) {
    const apiError = ApiErrorSchema.safeParse(body);
    if (apiError.success)
      throw new ApiRequestError("http", response.status, apiError.data.message, apiError.data.error);
    // An empty error is what a dev proxy sends when nothing listens behind it: the API itself never answered.
    if (body === null)
      throw new ApiRequestError("network", response.status, `HTTP ${response.status} with an empty body`);
    throw new ApiRequestError(
      "http",
      response.status,
      `The server answered HTTP ${response.status} without an explanation.`,
    );
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ApiRequestError("invalid-response", response.status, prettifyError(parsed.error).slice(0, 400));
  }
  return parsed.data;
}

function titleFor(error: ApiRequestError): string {
  if (error.kind === "network") return "Cannot reach the explorer API";
  if (error.kind === "invalid-response") return "Unexpected data from the server";
  if (error.httpStatus === 503) return "The graph database is unreachable";
  if (error.httpStatus === 404) return "Not found";
  if (error.httpStatus !== null && error.httpStatus >= 500) return "The server could not answer";
  return `Request failed (HTTP ${error.httpStatus ?? "?"})`;
}

export function describeFailure(error: unknown): Failure {
  if (error instanceof ApiRequestError) {
    const message = error.kind === "network" ? `Is the server running? (${error.message})` : error.message;
    return { title: titleFor(error), message, httpStatus: error.httpStatus };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { title: "Something went wrong", message, httpStatus: null };
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === "AbortError";
}

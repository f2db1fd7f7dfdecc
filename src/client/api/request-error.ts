// The one failure type of API calls (live or offline), and the one table turning failures into words for people.
import type { Failure } from "../core/data/index.ts";
import type { RunFailure } from "../core/result/index.ts";

/** network: no answer at all; http: an error status; invalid-response: an answer that fails the schema. */
export type ApiErrorKind = "network" | "http" | "invalid-response";

export class ApiRequestError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    readonly httpStatus: number | null,
    message: string,
    /** The API's error code (`not_found`, `cypher_error`...). */
    readonly code: string | null = null,
    /** The API's `details`: a Cypher error's position, a refused write's query type. */
    readonly details: unknown = null,
  ) {
    super(message);
    this.name = "ApiRequestError";
  }
}

function titleFor(error: ApiRequestError): string {
  if (error.kind === "network") return "Cannot reach the explorer API";
  if (error.kind === "invalid-response") return "Unexpected data from the server";
  if (error.httpStatus === 403) return "Not allowed: the explorer is read-only";
  if (error.code === "cypher_error") return "Cypher error";
  if (error.httpStatus === 400) return "Invalid parameters";
  if (error.code === "busy") return "Busy: wait for the query still running";
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

function positionOf(details: unknown): RunFailure["position"] {
  const position = (details as { position?: unknown } | null)?.position as Record<string, unknown> | undefined;
  const { line, column, offset } = position ?? {};
  const whole = (v: unknown, min: number): v is number => Number.isInteger(v) && (v as number) >= min;
  if (!whole(line, 1) || !whole(column, 1)) return null;
  return whole(offset, 0) ? { line, column, offset } : { line, column };
}

/** Like describeFailure, plus what the editor needs: the API's error code and a syntax error's line and column. */
export function describeRunFailure(error: unknown): RunFailure {
  const failure = describeFailure(error);
  if (!(error instanceof ApiRequestError)) return { ...failure, code: null, position: null };
  return { ...failure, code: error.code, position: positionOf(error.details) };
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === "AbortError";
}

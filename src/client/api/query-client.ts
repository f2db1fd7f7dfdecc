// API calls of the workbench (saved queries, ad-hoc Cypher), keeping the server's error details for the editor.
import { z } from "zod";
import {
  ApiErrorSchema,
  GraphPayloadSchema,
  SavedQuerySchema,
  type GraphPayload,
  type SavedQuery,
  type SavedQueryValue,
} from "../../shared/index.ts";
import type { RunFailure } from "../core/result/index.ts";
import type { FetchLike } from "./types.ts";
import { ApiRequestError, describeFailure } from "./utils.ts";

/** An error answer of the API with its `details` (a Cypher error's position, a refused write's query type). */
export class ApiAnswerError extends ApiRequestError {
  constructor(
    httpStatus: number,
    message: string,
    code: string,
    readonly details: unknown,
  ) {
    super("http", httpStatus, message, code);
  }
}

const QueriesSchema = z.object({ queries: z.array(SavedQuerySchema) });
const PositionSchema = z.object({
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  offset: z.number().int().min(0).optional(),
});

async function requestJson<T>(
  fetchImpl: FetchLike,
  url: string,
  schema: z.ZodType<T>,
  body?: unknown,
  signal?: AbortSignal,
): Promise<T> {
  const init: RequestInit = { headers: { accept: "application/json" }, signal: signal ?? null };
  if (body !== undefined)
    Object.assign(init, {
      method: "POST",
      body: JSON.stringify(body),
      headers: { accept: "application/json", "content-type": "application/json" },
    });
  let response: Response;
  try {
    response = await fetchImpl(url, init);
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiRequestError("network", null, error instanceof Error ? error.message : String(error));
  }
  const text = await response.text();
  let json: unknown;
  try {
    json = text === "" ? null : JSON.parse(text);
  } catch {
    json = undefined;
  }
  if (!response.ok) {
    const apiError = ApiErrorSchema.safeParse(json);
    if (apiError.success)
      throw new ApiAnswerError(response.status, apiError.data.message, apiError.data.error, apiError.data.details);
    if (json === null)
      throw new ApiRequestError("network", response.status, `HTTP ${response.status} with an empty body`);
    throw new ApiRequestError(
      "http",
      response.status,
      `The server answered HTTP ${response.status} without an explanation.`,
    );
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success)
    throw new ApiRequestError("invalid-response", response.status, parsed.error.message.slice(0, 400));
  return parsed.data;
}

export interface QueryClient {
  listQueries(): Promise<SavedQuery[]>;
  runSaved(name: string, params: Record<string, SavedQueryValue>, signal?: AbortSignal): Promise<GraphPayload>;
  runCypher(query: string, signal?: AbortSignal): Promise<GraphPayload>;
}

export function createQueryClient(
  base = "/api",
  fetchImpl: FetchLike = (input, init) => fetch(input, init),
): QueryClient {
  return {
    listQueries: async () => (await requestJson(fetchImpl, `${base}/queries`, QueriesSchema)).queries,
    runSaved: (name, params, signal) =>
      requestJson(fetchImpl, `${base}/queries/${encodeURIComponent(name)}/run`, GraphPayloadSchema, { params }, signal),
    runCypher: (query, signal) =>
      requestJson(fetchImpl, `${base}/cypher`, GraphPayloadSchema, { query, params: {} }, signal),
  };
}

function runTitle(error: ApiAnswerError): string {
  if (error.httpStatus === 403) return "Not allowed: the explorer is read-only";
  if (error.code === "cypher_error") return "Cypher error";
  if (error.httpStatus === 400) return "Invalid parameters";
  if (error.httpStatus === 503) return "The graph database is unreachable";
  return `The query failed (HTTP ${error.httpStatus ?? "?"})`;
}

/** Like describeFailure, plus what the editor needs: the API's error code and a syntax error's line and column. */
export function describeRunFailure(error: unknown): RunFailure {
  if (!(error instanceof ApiAnswerError)) return { ...describeFailure(error), code: null, position: null };
  const position = PositionSchema.safeParse((error.details as { position?: unknown } | null)?.position);
  return {
    title: runTitle(error),
    message: error.message,
    httpStatus: error.httpStatus,
    code: error.code,
    position: position.success ? position.data : null,
  };
}

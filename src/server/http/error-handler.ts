// Maps every typed error to its HTTP status and the JSON error shape, in one place.
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { ZodError } from "zod";
import { invalidInput, type ApiError } from "../../shared/index.ts";
import { AppError, BusyError } from "../errors.ts";

const STATUS: Record<string, number> = {
  bad_request: 400,
  cypher_error: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  not_applicable: 409,
  live_ended: 410,
  neo4j_unavailable: 503,
  busy: 503,
  config_error: 500,
  saved_query: 500,
  local_neo4j: 503,
  internal: 500,
};

export function toHttpError(error: unknown): { status: number; body: ApiError } {
  if (error instanceof AppError) {
    return {
      status: STATUS[error.code] ?? 500,
      body: { error: error.code, message: error.message, details: error.details },
    };
  }
  if (error instanceof ZodError) {
    const { message, fields } = invalidInput(error);
    return { status: 400, body: { error: "invalid_parameters", message, details: fields } };
  }
  const fastifyError = error as FastifyError;
  if (typeof fastifyError.statusCode === "number" && fastifyError.statusCode < 500) {
    return {
      status: fastifyError.statusCode,
      body: { error: fastifyError.code ?? "bad_request", message: fastifyError.message },
    };
  }
  // Internal details stay in the server log, never in a response.
  return { status: 500, body: { error: "internal", message: "Internal server error" } };
}

export function errorHandler(error: unknown, request: FastifyRequest, reply: FastifyReply): void {
  const { status, body } = toHttpError(error);
  if (status >= 500 && !(error instanceof BusyError)) request.log.error(error);
  if (error instanceof BusyError) void reply.header("retry-after", String(error.retryAfterSeconds));
  void reply.status(status).send(body);
}

// What an endpoint is (method, path, schemas of its parts and answer) and the types its callers derive from it.
import type { z } from "zod";

export type HttpMethod = "GET" | "POST";

export interface Endpoint {
  method: HttpMethod;
  /** OpenAPI style: `/api/nodes/{id}`. */
  path: string;
  summary: string;
  /** Path parameters, named as in `path`. */
  params?: z.ZodType;
  /** The query string; an endpoint without one refuses any. */
  query?: z.ZodType;
  /** The JSON body (POST). */
  body?: z.ZodType;
  response: z.ZodType;
  /** The success status: 200 unless said (201 for what creates something). */
  status?: 200 | 201;
  /** HTTP codes other than the success status it may answer with (all in the ApiError shape). */
  errors: readonly number[];
}

/** Keeps each endpoint's literal type, so callers get its exact input and output types. */
export const defineEndpoint = <const E extends Endpoint>(endpoint: E): E => endpoint;

/** A part callers may leave out when every field of it is optional. */
type Part<K extends string, S> = S extends z.ZodType
  ? object extends z.input<S>
    ? { [P in K]?: z.input<S> }
    : { [P in K]: z.input<S> }
  : { [P in K]?: never };

type Field<E, K extends "params" | "query" | "body"> = E extends { [P in K]: infer S } ? S : undefined;

/** What a caller sends: path params, query and body, in their input form (the schema coerces and fills defaults). */
export type EndpointInput<E extends Endpoint> = Part<"params", Field<E, "params">> &
  Part<"query", Field<E, "query">> &
  Part<"body", Field<E, "body">>;

/** What a handler receives after validation. */
export interface ParsedInput<E extends Endpoint> {
  params: Field<E, "params"> extends z.ZodType ? z.output<Field<E, "params">> : undefined;
  query: Field<E, "query"> extends z.ZodType ? z.output<Field<E, "query">> : Record<string, never>;
  body: Field<E, "body"> extends z.ZodType ? z.output<Field<E, "body">> : undefined;
}

/** The answer, as validated by the response schema. */
export type EndpointOutput<E extends Endpoint> = z.output<E["response"]>;

/** `/api/nodes/{id}` with `{id: "jack-ma"}` -> `/api/nodes/jack-ma` (each value URL-encoded). */
export function fillPath(path: string, params: Record<string, unknown> | undefined): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined || value === null) throw new Error(`${path}: the path parameter '${name}' is missing`);
    return encodeURIComponent(String(value as string | number));
  });
}

/** `?a=1&list=x,y` from a query's input form; empty lists and undefined are left out so the server's defaults apply. */
export function queryString(query: Record<string, unknown> | undefined): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) {
      if (value.length > 0) search.set(name, value.join(","));
    } else search.set(name, String(value as string | number | boolean));
  }
  const text = search.toString();
  return text === "" ? "" : `?${text}`;
}

/** The 400 answer's fields and message for input that fails an endpoint's schema: the same words online and offline. */
export function invalidInput(error: z.ZodError): { message: string; fields: { field: string; message: string }[] } {
  const fields = error.issues.map((i) => ({ field: i.path.join("."), message: i.message }));
  const summary = fields.map((f) => `${f.field || "(input)"}: ${f.message}`).join("; ");
  return { message: `Invalid parameters: ${summary}`, fields };
}

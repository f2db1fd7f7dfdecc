// Declares a route once: its zod schemas validate input and output, and feed the OpenAPI document.
import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";

const NO_QUERY = z.object({}).strict();

export interface RouteSpec {
  method: "GET" | "POST";
  url: string;
  summary: string;
  query?: z.ZodType;
  params?: z.ZodType;
  body?: z.ZodType;
  response: z.ZodType;
  /** HTTP codes other than 200 the route may answer with (all use the ApiError shape). */
  errors: number[];
  handler: (input: { query: unknown; params: unknown; body: unknown; request: FastifyRequest }) => Promise<unknown>;
}

export function defineRoute<Q extends z.ZodType, P extends z.ZodType, B extends z.ZodType, R extends z.ZodType>(spec: {
  method: "GET" | "POST";
  url: string;
  summary: string;
  query?: Q;
  params?: P;
  body?: B;
  response: R;
  errors?: number[];
  handler: (input: {
    query: z.output<Q>;
    params: z.output<P>;
    body: z.output<B>;
    request: FastifyRequest;
  }) => Promise<z.input<R>>;
}): RouteSpec {
  return { ...spec, errors: spec.errors ?? [], handler: spec.handler as RouteSpec["handler"] };
}

/** Trust boundary: requests are parsed before the handler runs, responses parsed before they leave. */
export function registerRoutes(app: FastifyInstance, specs: readonly RouteSpec[]): void {
  for (const spec of specs) {
    app.route({
      method: spec.method,
      // Fastify's path syntax matches OpenAPI's once {x} becomes :x.
      url: spec.url.replace(/\{(\w+)\}/g, ":$1"),
      handler: async (request) => {
        // A route without query parameters refuses any, rather than silently ignoring a typo.
        const query = (spec.query ?? NO_QUERY).parse(request.query ?? {});
        const params = spec.params ? spec.params.parse(request.params ?? {}) : undefined;
        const body = spec.body ? spec.body.parse(request.body ?? {}) : undefined;
        return spec.response.parse(await spec.handler({ query, params, body, request }));
      },
    });
  }
}

// Serves the shared endpoint table: each endpoint's schemas validate its input and output around its one handler.
import type { FastifyInstance, FastifyRequest } from "fastify";
import { CACHED_ENDPOINTS, type AnswerCache } from "./answer-cache.ts";
import type { z } from "zod";
import {
  endpoints,
  NoQuerySchema,
  type Endpoint,
  type EndpointName,
  type Endpoints,
  type ParsedInput,
} from "../../shared/index.ts";

export type Handler<E extends Endpoint> = (
  input: ParsedInput<E> & { request: FastifyRequest },
) => Promise<z.input<E["response"]>>;

/** Handlers for some endpoints of the table, by name. */
export type Handlers<N extends EndpointName> = { [K in N]: Handler<Endpoints[K]> };

type AnyHandler = (input: {
  query: unknown;
  params: unknown;
  body: unknown;
  request: FastifyRequest;
}) => Promise<unknown>;

/**
 * Trust boundary: requests are parsed before the handler runs, responses parsed before they leave. With an answer
 * cache, a cached answer (checked when it was first made) is sent without running any of this.
 */
export function registerRoutes(app: FastifyInstance, handlers: Handlers<EndpointName>, answers?: AnswerCache): void {
  for (const name of Object.keys(endpoints) as EndpointName[]) {
    const endpoint: Endpoint = endpoints[name];
    const handler = handlers[name] as AnyHandler;
    app.route({
      method: endpoint.method,
      // Fastify's path syntax matches OpenAPI's once {x} becomes :x.
      url: endpoint.path.replace(/\{(\w+)\}/g, ":$1"),
      config: { answerCache: answers !== undefined && CACHED_ENDPOINTS.has(name) },
      handler: async (request, reply) => {
        const query = (endpoint.query ?? NoQuerySchema).parse(request.query ?? {});
        const params = endpoint.params ? endpoint.params.parse(request.params ?? {}) : undefined;
        const body = endpoint.body ? endpoint.body.parse(request.body ?? {}) : undefined;
        const answer = endpoint.response.parse(await handler({ query, params, body, request }));
        if (endpoint.status) void reply.status(endpoint.status);
        return answers ? answers.finish(request, reply, answer) : answer;
      },
    });
  }
}

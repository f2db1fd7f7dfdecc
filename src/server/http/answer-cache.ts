// Answers read requests from the answer cache (src/server/answer-cache): a hit costs one shared read of the database
// version and no query, no zod check and no compression; a miss runs the handler and keeps what it answered.
import { brotliCompressSync, constants as zlib, gzipSync } from "node:zlib";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { EndpointName } from "../../shared/index.ts";
import { createAnswerStore, type CachedAnswer } from "../answer-cache/answer-store.ts";
import { matchesIfNoneMatch } from "../answer-cache/etag.ts";
import { createFreshRead } from "../db/fresh-read.ts";
import { chooseEncoding } from "../answer-cache/encoding.ts";

declare module "fastify" {
  interface FastifyContextConfig {
    /** Set by registerRoutes on the endpoints whose answers depend only on the graph and the request. */
    answerCache?: boolean;
  }
}

/** Reads of the graph. Not health (it reports the present) nor ad-hoc Cypher (it may write, or call rand()). */
export const CACHED_ENDPOINTS: ReadonlySet<EndpointName> = new Set<EndpointName>([
  "graph",
  "search",
  "node",
  "neighbors",
  "paths",
  "schema",
  "perspective",
  "stats",
  "queries",
  "runQuery",
  "sources",
  "source",
]);

export interface AnswerCacheSettings {
  /** Against a server others may write to: answers older than this (ms) are recomputed. Undefined: version only. */
  ttlMs?: number;
  /** Body bytes kept in all (default 64 MiB). */
  maxBytes?: number;
}

export interface AnswerCache {
  /** Sends the handler's checked answer, keeping it when the request missed the cache. */
  finish(request: FastifyRequest, reply: FastifyReply, answer: unknown): FastifyReply | unknown;
}

/** Bodies this small go out as they are, as @fastify/compress does under its 1 KiB threshold. */
const COMPRESS_FROM = 1024;

export function registerAnswerCache(
  app: FastifyInstance,
  settings: AnswerCacheSettings,
  readVersion: () => Promise<string>,
): AnswerCache {
  const store = createAnswerStore({ ttlMs: settings.ttlMs, maxBytes: settings.maxBytes ?? 64 * 2 ** 20 });
  const probe = createFreshRead(readVersion);
  const tickets = new WeakMap<FastifyRequest, { key: string; version: string }>();

  // A preHandler, added before admission's: a hit never waits in the line for Neo4j.
  app.addHook("preHandler", async (request, reply) => {
    if (!request.routeOptions.config.answerCache) return;
    let version: string;
    try {
      version = await probe.current();
    } catch {
      // Neo4j unreachable: the handler runs and answers as it would without a cache (503).
      return;
    }
    store.observe(version);
    const key = keyOf(request);
    const hit = store.get(key, version);
    if (hit) return send(request, reply, hit);
    tickets.set(request, { key, version });
  });

  return {
    finish(request, reply, answer) {
      const ticket = tickets.get(request);
      if (!ticket) return answer;
      return send(request, reply, store.put(ticket.key, ticket.version, JSON.stringify(answer)));
    },
  };
}

/** The URL holds path and query as sent; a saved query's run adds its body. */
function keyOf(request: FastifyRequest): string {
  const key = `${request.method} ${request.url}`;
  return request.body === undefined ? key : `${key}\n${JSON.stringify(request.body)}`;
}

function send(request: FastifyRequest, reply: FastifyReply, answer: CachedAnswer): FastifyReply {
  // no-cache: a browser may keep the answer but asks again each time, and a 304 costs it no body.
  reply.header("etag", answer.etag).header("cache-control", "no-cache").header("vary", "accept-encoding");
  if (request.method !== "POST" && matchesIfNoneMatch(request.headers["if-none-match"], answer.etag))
    return reply.code(304).send();
  reply.type("application/json; charset=utf-8");
  const encoding = answer.bytes >= COMPRESS_FROM ? chooseEncoding(request.headers["accept-encoding"]) : undefined;
  if (!encoding) return reply.send(answer.body);
  let body = answer.encoded.get(encoding);
  if (!body) {
    body =
      encoding === "br"
        ? brotliCompressSync(answer.body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 4 } })
        : gzipSync(answer.body);
    answer.encoded.set(encoding, body);
  }
  // With Content-Encoding set, @fastify/compress leaves the body alone.
  return reply.header("content-encoding", encoding).send(body);
}

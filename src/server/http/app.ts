// Builds the Fastify app: API routes, the built explorer as static files, one error handler.
import Fastify, { type FastifyInstance } from "fastify";
import fastifyStatic from "@fastify/static";
import fastifyCompress from "@fastify/compress";
import { existsSync } from "node:fs";
import { errorHandler } from "./error-handler.ts";
import { assertJsonDepth } from "./json-depth.ts";
import { registerSecurityHeaders } from "./security-headers.ts";
import { registerAdmission } from "./admission.ts";
import { registerAnswerCache, type AnswerCacheSettings } from "./answer-cache.ts";
import { readDbVersion } from "../answer-cache/db-version.ts";
import { endpoints } from "../../shared/index.ts";
import { exploreHandlers } from "./routes/explore.ts";
import { cypherHandlers } from "./routes/cypher.ts";
import { savedQueryHandlers } from "./routes/saved-queries.ts";
import { perspectiveHandlers } from "./routes/perspective.ts";
import { sourceHandlers } from "./routes/sources.ts";
import { liveHandlers } from "./routes/live.ts";
import { registerLiveSockets } from "./live-socket.ts";
import { createLiveHub, type LiveHub } from "../live/index.ts";
import { noteHandlers } from "./routes/notes.ts";
import { registerRoutes } from "./route.ts";
import { openApiDocument } from "./openapi.ts";
import type { AppContext } from "./context.ts";

export interface AppOptions {
  ctx: AppContext;
  /** The Vite build output; when absent only the API is served. */
  staticDir?: string;
  logger?: boolean;
  /** Origins allowed to frame the explorer (embed mode), besides its own. */
  embedOrigins?: readonly string[];
  /** API requests working against Neo4j at once; more wait in line (admission.ts; 16 measured best in BENCHMARKS.md). */
  apiConcurrency?: number;
  /** The live sessions (follow the teacher); one with default limits when not given. */
  live?: LiveHub;
  /** Keep read answers until the database version changes (or their TTL ends); absent: every request is computed. */
  answerCache?: AnswerCacheSettings;
}

export async function buildApp({
  ctx,
  staticDir,
  logger = false,
  embedOrigins = [],
  apiConcurrency = 16,
  live = createLiveHub(),
  answerCache,
}: AppOptions): Promise<FastifyInstance> {
  // maxParamLength above the schemas' limits, so an over-long id gets the usual 400 naming the field.
  const app = Fastify({ logger, bodyLimit: 256 * 1024, routerOptions: { maxParamLength: 1_000 } });
  await registerSecurityHeaders(app, { embedOrigins });
  // Before admission: both are preHandlers, and a cached answer needs no turn against Neo4j.
  const answers = answerCache
    ? registerAnswerCache(app, answerCache, () => readDbVersion({ ...ctx.read, timeoutMs: 2_000 }))
    : undefined;
  registerAdmission(app, apiConcurrency);
  app.setErrorHandler(errorHandler);
  // Graph payloads are repetitive JSON (ids, labels, keys): brotli or gzip cuts them several times (BENCHMARKS.md). Registered
  // before the routes and static files so its hook covers them all.
  await app.register(fastifyCompress, { threshold: 1024 });
  app.addHook("preValidation", async (request) => assertJsonDepth(request.body));
  await registerLiveSockets(app, live);
  // One handler per endpoint of the shared table; a missing one is a type error here.
  registerRoutes(
    app,
    {
      ...exploreHandlers(ctx),
      ...cypherHandlers(ctx),
      ...savedQueryHandlers(ctx),
      ...perspectiveHandlers(ctx),
      ...sourceHandlers(ctx),
      ...liveHandlers(live),
      ...noteHandlers(ctx),
    },
    answers,
  );
  const openapi = openApiDocument(endpoints);
  app.get("/api/openapi.json", async () => openapi);
  if (staticDir && existsSync(staticDir)) {
    await app.register(fastifyStatic, { root: staticDir, index: "index.html" });
  }
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith("/api/") || !staticDir) {
      return reply.status(404).send({ error: "not_found", message: `No route ${req.method} ${req.url.split("?")[0]}` });
    }
    // Client-side routes (shared links) all load the single page.
    return reply.sendFile("index.html");
  });
  return app;
}

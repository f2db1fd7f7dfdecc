// Routes for the article graph view, node details and health.
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { GraphPayloadSchema, HealthSchema, NodeDetailSchema, NodeIdParamsSchema } from "../../../shared/index.ts";
import { wholeGraph } from "../../explore/graph.ts";
import { nodeDetail } from "../../explore/node-detail.ts";
import { health } from "../../explore/health.ts";
import type { AppContext } from "../context.ts";

const GraphQuerySchema = z.object({ limit: z.coerce.number().int().min(1).max(100_000).optional() }).strict();

export function exploreRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get("/api/graph", async (req) => {
    const { limit } = GraphQuerySchema.parse(req.query);
    return GraphPayloadSchema.parse(await wholeGraph(ctx.read, limit ?? ctx.limits.maxNodes));
  });
  app.get("/api/nodes/:id", async (req) => {
    const { id } = NodeIdParamsSchema.parse(req.params);
    return NodeDetailSchema.parse(await nodeDetail(ctx.read, id, ctx.limits.maxNodes));
  });
  app.get("/api/health", async () => HealthSchema.parse(await health(ctx.read)));
}

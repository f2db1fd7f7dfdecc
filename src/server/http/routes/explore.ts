// Handlers for reading the graph: whole view, node details, neighbours, paths, search, schema, stats, health.
import { wholeGraph } from "../../explore/graph.ts";
import { wholeGraphCompact } from "../../explore/graph-compact.ts";
import { nodeDetail, nodeDetailInSteps } from "../../explore/node-detail.ts";
import { neighbors } from "../../explore/neighbors.ts";
import { paths } from "../../explore/paths.ts";
import { search } from "../../explore/search.ts";
import { stats } from "../../explore/schema.ts";
import { createHealthCheck } from "../../explore/health.ts";
import type { Handlers } from "../route.ts";
import type { AppContext } from "../context.ts";

type ExploreEndpoint = "graph" | "search" | "node" | "neighbors" | "paths" | "schema" | "stats" | "health";

export function exploreHandlers(ctx: AppContext): Handlers<ExploreEndpoint> {
  const { read } = ctx;
  const checkHealth = createHealthCheck(read);
  return {
    graph: ({ query }) => {
      const limit = query.limit ?? ctx.limits.maxNodes;
      const order = ctx.firstViewByElementId ? "element id" : "internal id";
      return query.format === "compact" ? wholeGraphCompact(read, limit, order) : wholeGraph(read, limit, order);
    },
    search: ({ query }) =>
      search(read, query, {
        graphDir: ctx.graphDir,
        // Asked for only when needed: a search through the article's index does not wait for schema discovery.
        perspective: async () => (await ctx.perspective.get()).perspective,
        ...(ctx.listIndexesEachSearch ? { keepIndex: false } : {}),
      }),
    node: ({ params }) =>
      (ctx.nodeDetailInSteps ? nodeDetailInSteps : nodeDetail)(read, params.id, ctx.limits.maxNodes),
    neighbors: ({ params, query }) => neighbors(read, params.id, query, ctx.hubPages),
    paths: ({ query }) =>
      paths(
        read,
        query,
        ctx.limits.pathBudgetMs === null
          ? {}
          : {
              budgetMs: ctx.limits.pathBudgetMs,
              budgetAbove: ctx.limits.pathBudgetAbove,
              relationshipCount: ctx.schema.relationshipCount,
              ...(ctx.pathDeepening === false ? { deepen: false } : {}),
            },
      ),
    schema: () => ctx.schema.get(),
    stats: () => stats(read),
    health: async () => ({
      ...(await checkHealth()),
      adhoc: { limit: ctx.adhoc.limit, inUse: ctx.adhoc.inUse, stuck: ctx.adhoc.stuck() },
    }),
  };
}

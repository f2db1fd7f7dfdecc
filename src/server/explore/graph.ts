// The explorer's first view: the article's entities (capped) as always, else any graph's nodes within a budget.
import type { Node, Relationship } from "../db/driver-types.ts";
import type { GraphPayload, WireNode } from "../../shared/index.ts";
import { nodeToWire, relationshipToWire } from "../db/to-wire.ts";
import { int, readRecords, type ReadContext } from "../db/read.ts";
import {
  ANY_NODES,
  BUSIEST_NODES,
  ENTITY_COUNT,
  GRAPH_NODES,
  graphRelationships,
  RELATIONSHIPS_AMONG,
  TOTALS,
  type FirstViewOrder,
} from "../queries/explore.ts";
import { toCount } from "./counts.ts";

/**
 * How many nodes a first view of an unknown graph shows: the client's big-graph threshold (lib/layout/big-graph.ts,
 * 500 nodes), so the first view keeps the full layout (about 0.1 s) instead of the big-graph mode; with at most four
 * relationships per node it also stays under that mode's 2,500 edges. Search and expand reach the rest.
 */
export const FIRST_VIEW_NODES = 500;
const RELATIONSHIPS_PER_NODE = 4;

/**
 * How many `:Entity` nodes the database holds, from the count store: any at all makes the first view the article's
 * (both forms ask this one question), and more than the limit cuts it short.
 */
export async function entityCount(ctx: ReadContext): Promise<number> {
  const [row] = await readRecords(ctx, ENTITY_COUNT);
  return toCount(row?.get("entities") ?? 0);
}

/** `order`: of the relationships before the cut (FirstViewOrder); both forms take the same one. */
export async function wholeGraph(
  ctx: ReadContext,
  limit: number,
  order: FirstViewOrder = "internal id",
): Promise<GraphPayload> {
  const t0 = performance.now();
  if ((await entityCount(ctx)) > 0) return entityGraph(ctx, limit, order, t0);
  return anyGraph(ctx, Math.min(limit, FIRST_VIEW_NODES), t0);
}

/** The article's first view: every `:Entity` and the relationships among them. */
async function entityGraph(ctx: ReadContext, limit: number, order: FirstViewOrder, t0: number): Promise<GraphPayload> {
  const nodeRecords = await readRecords(ctx, GRAPH_NODES, { limit: int(limit + 1) });
  const nodes = nodeRecords.slice(0, limit).map((r) => nodeToWire(r.get("n") as Node));
  const ids = new Set(nodes.map((n) => n.id));
  const relRecords = await readRecords(ctx, graphRelationships(order), { limit: int(limit * 4 + 1) });
  const relationships = relRecords
    .map((r) => relationshipToWire(r.get("r") as Relationship))
    .filter((r) => ids.has(r.start) && ids.has(r.end));
  return {
    nodes,
    relationships,
    summary: {
      resultAvailableAfterMs: Math.round(performance.now() - t0),
      capped: nodeRecords.length > limit || relRecords.length > limit * 4,
      timedOut: false,
      rowCount: nodes.length + relationships.length,
    },
  };
}

/** Any other graph: all its nodes within the budget, else the busiest ones; the summary says how many of how many. */
export async function anyGraph(ctx: ReadContext, budget: number, t0: number): Promise<GraphPayload> {
  const [totals] = await readRecords(ctx, TOTALS);
  const total = {
    nodes: toCount(totals?.get("nodes") ?? 0),
    relationships: toCount(totals?.get("relationships") ?? 0),
  };
  const nodeRecords = await readRecords(ctx, total.nodes > budget ? BUSIEST_NODES : ANY_NODES, { limit: int(budget) });
  const nodes: WireNode[] = nodeRecords.map((r) => nodeToWire(r.get("n") as Node));
  const relLimit = budget * RELATIONSHIPS_PER_NODE;
  const relRecords = nodes.length
    ? await readRecords(ctx, RELATIONSHIPS_AMONG, { ids: nodes.map((n) => n.id), limit: int(relLimit + 1) })
    : [];
  const relationships = relRecords.slice(0, relLimit).map((r) => relationshipToWire(r.get("r") as Relationship));
  return {
    nodes,
    relationships,
    summary: {
      resultAvailableAfterMs: Math.round(performance.now() - t0),
      capped: nodes.length < total.nodes || relRecords.length > relLimit,
      timedOut: false,
      rowCount: nodes.length + relationships.length,
      total,
    },
  };
}

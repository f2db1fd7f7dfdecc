// One hop around a node, filtered and paged, with the total so the client can say "showing 50 of 1,240".
import type { Node, Relationship } from "../db/driver-types.ts";
import type { NeighborsQuery, NeighborsResponse, WireNode, WireRelationship } from "../../shared/index.ts";
import { nodeToWire, relationshipToWire } from "../db/to-wire.ts";
import { int, readRecords, type ReadContext } from "../db/read.ts";
import { NEIGHBOR_COUNT, NEIGHBOR_DEGREE, NEIGHBOR_PAGE } from "../queries/explore.ts";
import { findNode } from "./node-detail.ts";
import { toCount } from "./counts.ts";

export async function neighbors(ctx: ReadContext, id: string, q: NeighborsQuery): Promise<NeighborsResponse> {
  const t0 = performance.now();
  const center = await findNode(ctx, id);
  const skip = q.cursor ? Number(q.cursor) : 0;
  const params = {
    elementId: center.elementId,
    types: q.types?.length ? q.types : null,
    labels: q.labels?.length ? q.labels : null,
    direction: q.direction,
  };
  const unfiltered = !params.types && !params.labels && params.direction === "both";
  const [countRecords, pageRecords] = await Promise.all([
    readRecords(ctx, unfiltered ? NEIGHBOR_DEGREE : NEIGHBOR_COUNT, params),
    readRecords(ctx, NEIGHBOR_PAGE, { ...params, skip: int(skip), limit: int(q.limit) }),
  ]);
  const total = toCount(countRecords[0]?.get("total") ?? 0);
  const centerWire = nodeToWire(center);
  const nodes = new Map<string, WireNode>([[centerWire.id, centerWire]]);
  const relationships: WireRelationship[] = [];
  for (const record of pageRecords) {
    const other = nodeToWire(record.get("m") as Node);
    nodes.set(other.id, other);
    relationships.push(relationshipToWire(record.get("r") as Relationship));
  }
  const next = skip + pageRecords.length;
  return {
    center: centerWire,
    nodes: [...nodes.values()],
    relationships,
    total,
    nextCursor: next < total ? String(next) : null,
    summary: {
      resultAvailableAfterMs: Math.round(performance.now() - t0),
      capped: next < total,
      timedOut: false,
      rowCount: pageRecords.length,
    },
  };
}

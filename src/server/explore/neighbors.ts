// One hop around a node, filtered and paged, with the total so the client can say "showing 50 of 1,240".
import type { Integer, Neo4jRecord, Node, Relationship } from "../db/driver-types.ts";
import type { NeighborsQuery, NeighborsResponse, WireNode, WireRelationship } from "../../shared/index.ts";
import { nodeToWire, relationshipToWire } from "../db/to-wire.ts";
import { int, readRecords, type ReadContext } from "../db/read.ts";
import {
  NEIGHBOR_COUNT,
  NEIGHBOR_DEGREE,
  NEIGHBOR_ORDER,
  NEIGHBOR_PAGE,
  NEIGHBOR_PAGE_BY_IDS,
} from "../queries/explore.ts";
import { readDbVersion } from "../answer-cache/db-version.ts";
import { findNode } from "./node-detail.ts";
import { toCount } from "./counts.ts";
import type { HubPages } from "./hub-pages.ts";

/**
 * `hubPages`: keep each hub's page order per database version, so a page reads 50 relationships rather than sorting
 * every one of the hub's (BENCHMARKS.md, "Second round"); without it every page sorts them all, as before.
 */
export async function neighbors(
  ctx: ReadContext,
  id: string,
  q: NeighborsQuery,
  hubPages?: HubPages,
): Promise<NeighborsResponse> {
  const t0 = performance.now();
  // The version is read beside the node, so a kept order costs no extra round trip before the page.
  const [center, version] = await Promise.all([findNode(ctx, id), hubPages ? readDbVersion(ctx) : undefined]);
  const skip = q.cursor ? Number(q.cursor) : 0;
  const params = {
    elementId: center.elementId,
    types: q.types?.length ? q.types : null,
    labels: q.labels?.length ? q.labels : null,
    direction: q.direction,
  };
  const unfiltered = !params.types && !params.labels && params.direction === "both";
  const countQuery = unfiltered ? NEIGHBOR_DEGREE : NEIGHBOR_COUNT;
  const sortedPage = () => readRecords(ctx, NEIGHBOR_PAGE, { ...params, skip: int(skip), limit: int(q.limit) });
  let total = 0;
  let pageRecords: Neo4jRecord[];
  /** Where the next page starts: past this page's place in the order, even if a relationship of it is gone since. */
  let read: number | undefined;
  const key = JSON.stringify([params.elementId, params.types, params.labels, params.direction]);
  const order = hubPages && version !== undefined ? hubPages.get(key, version) : undefined;
  if (order) {
    // The kept order is the node's relationships as of its version: total and pages both come from it.
    total = order.length;
    const ids = order.slice(skip, skip + q.limit);
    read = ids.length;
    pageRecords = ids.length
      ? await readRecords(ctx, NEIGHBOR_PAGE_BY_IDS, { ids: ids.map(int), elementId: params.elementId })
      : [];
  } else {
    const [countRecords, page] = await Promise.all([readRecords(ctx, countQuery, params), sortedPage()]);
    total = toCount(countRecords[0]?.get("total") ?? 0);
    pageRecords = page;
    // A busy node: its order is read once for this version (this page, sorted, is the same as the kept order's).
    if (hubPages && version !== undefined && total > hubPages.minRelationships) {
      const [record] = await readRecords(ctx, NEIGHBOR_ORDER, params);
      hubPages.put(key, version, ((record?.get("ids") ?? []) as Integer[]).map(toCount));
    }
  }
  const centerWire = nodeToWire(center);
  const nodes = new Map<string, WireNode>([[centerWire.id, centerWire]]);
  const relationships: WireRelationship[] = [];
  for (const record of pageRecords) {
    const other = nodeToWire(record.get("m") as Node);
    nodes.set(other.id, other);
    relationships.push(relationshipToWire(record.get("r") as Relationship));
  }
  const next = skip + (read ?? pageRecords.length);
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

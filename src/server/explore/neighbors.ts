// One hop around a node, filtered and paged, with the total so the client can say "showing 50 of 1,240".
import type { Integer, Node, Relationship } from "../db/driver-types.ts";
import type { NeighborsQuery, NeighborsResponse, WireNode, WireRelationship } from "../../shared/index.ts";
import { nodeToWire, relationshipToWire } from "../db/to-wire.ts";
import { int, readOnce, readRecords, type ReadContext } from "../db/read.ts";
import {
  NEIGHBOR_COUNT,
  NEIGHBOR_DEGREE,
  NEIGHBOR_ORDER,
  NEIGHBOR_PAGE,
  NEIGHBOR_PAGE_KEPT,
} from "../queries/explore.ts";
import { readDbVersion, UNSTAMPED } from "../answer-cache/db-version.ts";
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
  const skip = q.cursor ? Number(q.cursor) : 0;
  const filters = {
    types: q.types?.length ? q.types : null,
    labels: q.labels?.length ? q.labels : null,
    direction: q.direction,
  };
  const key = JSON.stringify([id, filters.types, filters.labels, filters.direction]);
  const kept = hubPages?.get(key);
  if (kept) {
    // One query, one round trip: the version, the node and the page; used only when the version is still the kept
    // one. Auto-commit: a managed transaction's commit would be a second round trip, half the page's time.
    const ids = kept.ids.slice(skip, skip + q.limit);
    const read = hubPages?.managedRead ? readRecords : readOnce;
    const [record] = await read(ctx, NEIGHBOR_PAGE_KEPT, { elementId: kept.elementId, ids: ids.map(int) });
    const version: unknown = record?.get("version");
    if (record && (typeof version === "string" ? version : UNSTAMPED) === kept.version) {
      const page = record.get("page") as { r: Relationship; m: Node }[];
      // The kept order is the node's relationships as of its version: total and pages both come from it.
      return answer(t0, record.get("n") as Node, page, skip + ids.length, kept.ids.length);
    }
  }
  // The version is read beside the node: an order read now is kept under it.
  const [center, version] = await Promise.all([findNode(ctx, id), hubPages ? readDbVersion(ctx) : undefined]);
  const params = { elementId: center.elementId, ...filters };
  const unfiltered = !params.types && !params.labels && params.direction === "both";
  const countQuery = unfiltered ? NEIGHBOR_DEGREE : NEIGHBOR_COUNT;
  const [countRecords, pageRecords] = await Promise.all([
    readRecords(ctx, countQuery, params),
    readRecords(ctx, NEIGHBOR_PAGE, { ...params, skip: int(skip), limit: int(q.limit) }),
  ]);
  const total = toCount(countRecords[0]?.get("total") ?? 0);
  // A busy node: its order is read once for this version (this page, sorted, is the same as the kept order's).
  if (hubPages && version !== undefined && total > hubPages.minRelationships) {
    const [record] = await readRecords(ctx, NEIGHBOR_ORDER, params);
    const ids = ((record?.get("ids") ?? []) as Integer[]).map(toCount);
    hubPages.put(key, { version, elementId: center.elementId, ids });
  }
  const page = pageRecords.map((r) => ({ r: r.get("r") as Relationship, m: r.get("m") as Node }));
  return answer(t0, center, page, skip + pageRecords.length, total);
}

/** `next`: where the next page starts, past this page's place in the order even if a relationship of it is gone. */
function answer(
  t0: number,
  center: Node,
  page: { r: Relationship; m: Node }[],
  next: number,
  total: number,
): NeighborsResponse {
  const centerWire = nodeToWire(center);
  const nodes = new Map<string, WireNode>([[centerWire.id, centerWire]]);
  const relationships: WireRelationship[] = [];
  for (const { r, m } of page) {
    const other = nodeToWire(m);
    nodes.set(other.id, other);
    relationships.push(relationshipToWire(r));
  }
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
      rowCount: page.length,
    },
  };
}

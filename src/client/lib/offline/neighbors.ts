// One hop around a node from the snapshot, filtered and paged exactly like the API's neighbours endpoint.
import { compareCodeUnits, type NeighborsQuery, type NeighborsResponse, type WireNode } from "../../../shared/index.ts";
import type { OfflineIndex } from "./types.ts";
import { findNode, otherEnd } from "./snapshot-index.ts";

export function neighbors(index: OfflineIndex, id: string, q: NeighborsQuery): NeighborsResponse {
  const center = findNode(index, id);
  const matching = (index.incident.get(center.id) ?? [])
    .filter((r) => !q.types?.length || q.types.includes(r.type))
    .filter((r) => q.direction === "both" || (q.direction === "out") === (r.start === center.id))
    .filter((r) => {
      const other = index.byId.get(otherEnd(r, center.id));
      return !!other && (!q.labels?.length || other.labels.some((l) => q.labels!.includes(l)));
    })
    .sort((a, b) => compareCodeUnits(a.type, b.type) || compareCodeUnits(a.id, b.id));
  const skip = q.cursor ? Number(q.cursor) : 0;
  const page = matching.slice(skip, skip + q.limit);
  const nodes = new Map<string, WireNode>([[center.id, center]]);
  for (const r of page) nodes.set(otherEnd(r, center.id), index.byId.get(otherEnd(r, center.id))!);
  const next = skip + page.length;
  return {
    center,
    nodes: [...nodes.values()],
    relationships: page,
    total: matching.length,
    nextCursor: next < matching.length ? String(next) : null,
    summary: { resultAvailableAfterMs: 0, capped: next < matching.length, timedOut: false, rowCount: page.length },
  };
}

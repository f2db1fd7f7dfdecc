// Builds the lookup index of a snapshot once, and resolves a slug or element id to a node.
import { isElementId, slugOf, type Snapshot, type WireNode, type WireRelationship } from "../../../shared/index.ts";
import type { OfflineIndex } from "./types.ts";

export function indexSnapshot(snapshot: Snapshot): OfflineIndex {
  const byId = new Map(snapshot.nodes.map((n) => [n.id, n]));
  const bySlug = new Map<string, WireNode>();
  for (const n of snapshot.nodes) {
    const slug = slugOf(n);
    if (slug !== null) bySlug.set(slug, n);
  }
  const incident = new Map<string, WireRelationship[]>();
  for (const r of snapshot.relationships) {
    for (const end of r.start === r.end ? [r.start] : [r.start, r.end]) {
      const list = incident.get(end) ?? [];
      list.push(r);
      incident.set(end, list);
    }
  }
  const sources = new Map<string, WireNode>();
  for (const s of snapshot.sources) {
    const slug = slugOf(s);
    if (slug !== null) sources.set(slug, s);
  }
  return { snapshot, byId, bySlug, incident, sources };
}

/** Same lookup rule as the server (shared/entity.ts). */
export function findNode(index: OfflineIndex, id: string): WireNode {
  const node = isElementId(id) ? index.byId.get(id) : index.bySlug.get(id);
  if (!node) throw new OfflineNotFound(`No node with id '${id}' in this snapshot`);
  return node;
}

export class OfflineNotFound extends Error {
  readonly httpStatus = 404;
}

export const otherEnd = (r: WireRelationship, id: string) => (r.start === id ? r.end : r.start);

// Adding API answers to the catalog and asking it which relationships join a set of nodes.
import {
  slugOf,
  type GraphPayload,
  type NodeDetail,
  type WireNode,
  type WireRelationship,
} from "../../../shared/index.ts";
import type { Catalog } from "./types.ts";

export function createCatalog(): Catalog {
  return {
    nodes: new Map(),
    bySlug: new Map(),
    relationships: new Map(),
    incident: new Map(),
    complete: new Set(),
    initial: null,
  };
}

export function addNodes(catalog: Catalog, nodes: Iterable<WireNode>): void {
  for (const node of nodes) {
    catalog.nodes.set(node.id, node);
    const slug = slugOf(node);
    if (slug !== null) catalog.bySlug.set(slug, node.id);
  }
}

export function addRelationships(catalog: Catalog, relationships: Iterable<WireRelationship>): void {
  for (const rel of relationships) {
    catalog.relationships.set(rel.id, rel);
    for (const end of [rel.start, rel.end]) {
      const set = catalog.incident.get(end) ?? new Set<string>();
      set.add(rel.id);
      catalog.incident.set(end, set);
    }
  }
}

/** A payload's nodes and relationships; `complete` marks it as every relationship of its nodes (uncapped /api/graph). */
export function addPayload(
  catalog: Catalog,
  payload: Pick<GraphPayload, "nodes" | "relationships">,
  complete = false,
): void {
  addNodes(catalog, payload.nodes);
  addRelationships(catalog, payload.relationships);
  if (complete) for (const node of payload.nodes) catalog.complete.add(node.id);
}

/** Relationships indexed between two yields of addPayloadInSlices. */
export const CATALOG_SLICE = 10_000;

/**
 * addPayload for a whole graph, `between()` awaited before the nodes and before each slice of relationships (the page
 * passes "the next task"): indexing 50,000 relationships and more is not one long task. `complete` is marked last.
 */
export async function addPayloadInSlices(
  catalog: Catalog,
  payload: Pick<GraphPayload, "nodes" | "relationships">,
  complete: boolean,
  between: () => Promise<void>,
): Promise<void> {
  await between();
  addNodes(catalog, payload.nodes);
  for (let from = 0; from < payload.relationships.length; from += CATALOG_SLICE) {
    await between();
    addRelationships(catalog, payload.relationships.slice(from, from + CATALOG_SLICE));
  }
  if (complete) for (const node of payload.nodes) catalog.complete.add(node.id);
}

/** A node's detail lists all its relationships (up to the server cap), so the node becomes complete. */
export function addDetail(catalog: Catalog, detail: NodeDetail): void {
  addNodes(catalog, [detail.node, ...detail.relationships.map((r) => r.other)]);
  addRelationships(
    catalog,
    detail.relationships.map((r) => r.relationship),
  );
  catalog.complete.add(detail.node.id);
}

/** Slug or elementId -> elementId, for nodes the catalog knows. */
export function resolveKey(catalog: Catalog, idOrSlug: string): string | null {
  if (catalog.nodes.has(idOrSlug)) return idOrSlug;
  return catalog.bySlug.get(idOrSlug) ?? null;
}

/** What links use for a node: its slug, else (nodes without one) its elementId. */
export function linkIdOf(catalog: Catalog, key: string): string {
  const node = catalog.nodes.get(key);
  return (node && slugOf(node)) ?? key;
}

/** Above this many known relationships, a view of most of the catalog scans the relationships once instead. */
const SCAN_ALL_ABOVE = 10_000;

/** Known relationships with both ends in `keys`. */
export function relationshipsAmong(catalog: Catalog, keys: ReadonlySet<string>): WireRelationship[] {
  // Walking every node's incident set visits each relationship twice through two lookups: about 1 s at 500,000.
  if (catalog.relationships.size > SCAN_ALL_ABOVE && keys.size * 2 > catalog.nodes.size) {
    return [...catalog.relationships.values()].filter((rel) => keys.has(rel.start) && keys.has(rel.end));
  }
  return relationshipsTouching(catalog, keys, keys);
}

/** Known relationships from one of `from` to a node of `keys`: what newcomers bring into a view. */
export function relationshipsTouching(
  catalog: Catalog,
  from: Iterable<string>,
  keys: ReadonlySet<string>,
): WireRelationship[] {
  const found = new Map<string, WireRelationship>();
  for (const key of from) {
    for (const id of catalog.incident.get(key) ?? []) {
      const rel = catalog.relationships.get(id);
      if (rel && keys.has(rel.start) && keys.has(rel.end)) found.set(id, rel);
    }
  }
  return [...found.values()];
}

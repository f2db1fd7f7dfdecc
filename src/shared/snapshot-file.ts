// The snapshot as written to disk (version 2): saved-query results refer to the graph's nodes and relationships by id
// instead of repeating them, which made results five times the size of the graph itself on a 10,000-node export.
import { z } from "zod";
import { JsonValueSchema, type JsonValue } from "./json.ts";
import {
  SummarySchema,
  WireNodeSchema,
  WireRelationshipSchema,
  type GraphPayload,
  type WireNode,
  type WireRelationship,
} from "./graph.ts";
import { SnapshotSchema, type Snapshot } from "./snapshot.ts";

/** Inside rows, a node or relationship of the graph is written as `{"$node": id}` / `{"$rel": id}`. */
const NODE_REF = "$node";
const REL_REF = "$rel";

const StoredResultSchema = z.object({
  /** An id of a node in the snapshot's nodes or sources, or the node itself when it is in neither. */
  nodes: z.array(z.union([z.string(), WireNodeSchema])),
  relationships: z.array(z.union([z.string(), WireRelationshipSchema])),
  columns: z.array(z.string()).optional(),
  rows: z.array(z.record(z.string(), JsonValueSchema)).optional(),
  summary: SummarySchema,
});

export const SnapshotFileSchema = SnapshotSchema.extend({
  queries: z.array(
    z.object({
      query: SnapshotSchema.shape.queries.element.shape.query,
      params: z.record(z.string(), z.unknown()),
      result: StoredResultSchema,
    }),
  ),
});
export type SnapshotFile = z.infer<typeof SnapshotFileSchema>;

interface Pools {
  nodes: Map<string, WireNode>;
  relationships: Map<string, WireRelationship>;
}

const poolsOf = (s: Pick<Snapshot, "nodes" | "sources" | "relationships">): Pools => ({
  nodes: new Map([...s.nodes, ...s.sources].map((n) => [n.id, n])),
  relationships: new Map(s.relationships.map((r) => [r.id, r])),
});

const isObject = (v: JsonValue): v is { [key: string]: JsonValue } =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const keysAre = (v: object, keys: string[]) => Object.keys(v).length === keys.length && keys.every((k) => k in v);
/** JSON text with keys in sorted order: Neo4j may list one node's properties in another order in another query. */
const canonical = (v: unknown): string => {
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  if (typeof v !== "object" || v === null) return JSON.stringify(v);
  return `{${Object.keys(v)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
    .join(",")}}`;
};
// A row value is replaced only when it is exactly the pooled element, never a user map that merely looks like one.
const sameJson = (a: unknown, b: unknown) => a !== undefined && canonical(a) === canonical(b);

function compactValue(v: JsonValue, pools: Pools): JsonValue {
  if (Array.isArray(v)) return v.map((x) => compactValue(x, pools));
  if (!isObject(v)) return v;
  const id = typeof v.id === "string" ? v.id : null;
  if (id && keysAre(v, ["id", "labels", "properties"]) && sameJson(pools.nodes.get(id), v)) return { [NODE_REF]: id };
  if (id && keysAre(v, ["id", "type", "start", "end", "properties"]) && sameJson(pools.relationships.get(id), v))
    return { [REL_REF]: id };
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, compactValue(x, pools)]));
}

function expandValue(v: JsonValue, pools: Pools, where: string): JsonValue {
  if (Array.isArray(v)) return v.map((x, i) => expandValue(x, pools, `${where}.${i}`));
  if (!isObject(v)) return v;
  const only = Object.keys(v).length === 1;
  if (only && typeof v[NODE_REF] === "string") return lookUp(pools.nodes, v[NODE_REF], where) as unknown as JsonValue;
  if (only && typeof v[REL_REF] === "string")
    return lookUp(pools.relationships, v[REL_REF], where) as unknown as JsonValue;
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, expandValue(x, pools, `${where}.${k}`)]));
}

function lookUp<T>(pool: Map<string, T>, id: string, where: string): T {
  const found = pool.get(id);
  if (!found) throw new Error(`The snapshot is damaged: ${where} refers to ${id}, which is not in the snapshot.`);
  return found;
}

/** What the exporter writes: the same snapshot with results by reference. */
export function compactSnapshot(s: Snapshot, version: number): SnapshotFile {
  const pools = poolsOf(s);
  const queries = s.queries.map(({ query, params, result }) => ({
    query,
    params,
    result: {
      ...result,
      nodes: result.nodes.map((n) => (sameJson(pools.nodes.get(n.id), n) ? n.id : n)),
      relationships: result.relationships.map((r) => (sameJson(pools.relationships.get(r.id), r) ? r.id : r)),
      ...(result.rows ? { rows: result.rows.map((row) => compactValue(row, pools) as Record<string, JsonValue>) } : {}),
    },
  }));
  return { ...s, version, queries };
}

/** Every reference in every result must name an element of the snapshot; throws naming the first that does not. */
export function checkReferences(f: SnapshotFile): void {
  const pools = poolsOf(f);
  const visit = (v: JsonValue, where: string): void => {
    if (Array.isArray(v)) return v.forEach((x, i) => visit(x, `${where}.${i}`));
    if (!isObject(v)) return;
    const only = Object.keys(v).length === 1;
    if (only && typeof v[NODE_REF] === "string") return void lookUp(pools.nodes, v[NODE_REF], where);
    if (only && typeof v[REL_REF] === "string") return void lookUp(pools.relationships, v[REL_REF], where);
    for (const [k, x] of Object.entries(v)) visit(x, `${where}.${k}`);
  };
  f.queries.forEach(({ result }, qi) => {
    const where = `queries.${qi}.result`;
    result.nodes.forEach((n, i) => typeof n === "string" && lookUp(pools.nodes, n, `${where}.nodes.${i}`));
    result.relationships.forEach(
      (r, i) => typeof r === "string" && lookUp(pools.relationships, r, `${where}.relationships.${i}`),
    );
    result.rows?.forEach((row, i) => visit(row, `${where}.rows.${i}`));
  });
}

/**
 * Back to the in-memory snapshot; results share the graph's objects rather than copying them. Each result is
 * expanded when first read: a page that opens no saved query never pays for the rows (references were checked before).
 */
export function expandSnapshotFile(f: SnapshotFile): Snapshot {
  const pools = poolsOf(f);
  const queries = f.queries.map(({ query, params, result }, qi) => {
    const where = `queries.${qi}.result`;
    const expand = (): GraphPayload => ({
      ...result,
      nodes: result.nodes.map((n, i) => (typeof n === "string" ? lookUp(pools.nodes, n, `${where}.nodes.${i}`) : n)),
      relationships: result.relationships.map((r, i) =>
        typeof r === "string" ? lookUp(pools.relationships, r, `${where}.relationships.${i}`) : r,
      ),
      ...(result.rows
        ? {
            rows: result.rows.map(
              (row, i) => expandValue(row, pools, `${where}.rows.${i}`) as Record<string, JsonValue>,
            ),
          }
        : {}),
    });
    let expanded: GraphPayload | undefined;
    const entry = { query, params } as Snapshot["queries"][number];
    Object.defineProperty(entry, "result", { enumerable: true, get: () => (expanded ??= expand()) });
    return entry;
  });
  return { ...f, queries };
}

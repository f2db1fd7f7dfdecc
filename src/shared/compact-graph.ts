// A compact wire form of a graph payload for big views: columns instead of objects, element ids split into a shared
// prefix and their own tail, labels, types and property keys named once in tables, ends as indexes into the node ids.
import { z } from "zod";
import { JsonValueSchema, type JsonValue } from "./json.ts";
import { SummarySchema, type GraphPayload, type WireNode, type WireRelationship } from "./graph.ts";

export const COMPACT_GRAPH_FORMAT = "kg-compact-graph/1";

const Index = z.number().int().nonnegative();

/** Ids in two columns: the index of their prefix (up to and with the last ':') in `prefixes`, and what follows. */
const IdColumnsSchema = z.object({ prefix: z.array(Index), rest: z.array(z.string()) });

/** Per element, its properties as [key index, value, key index, value, …]: a key is named once, in `keys`. */
const PropertyRowsSchema = z.array(z.array(JsonValueSchema));

export const CompactGraphSchema = z.object({
  format: z.literal(COMPACT_GRAPH_FORMAT),
  prefixes: z.array(z.string()),
  /** Each distinct set of labels, in the order a node lists them. */
  labelSets: z.array(z.array(z.string())),
  types: z.array(z.string()),
  keys: z.array(z.string()),
  /** The payload's nodes, in order. */
  nodes: z.object({ id: IdColumnsSchema, labelSet: z.array(Index), properties: PropertyRowsSchema }),
  /** Ends of relationships that are not among the nodes: their ids follow the nodes' ids as end indexes. */
  outside: IdColumnsSchema,
  relationships: z.object({
    id: IdColumnsSchema,
    type: z.array(Index),
    /** Index into the node ids, then the outside ids. */
    start: z.array(Index),
    end: z.array(Index),
    properties: PropertyRowsSchema,
  }),
  summary: SummarySchema,
});
export type CompactGraph = z.infer<typeof CompactGraphSchema>;

/** Hands out the index of each distinct value in the order first seen; `list` is the table. */
function table<T>(keyOf: (value: T) => string = String) {
  const index = new Map<string, number>();
  const list: T[] = [];
  return {
    list,
    of(value: T): number {
      const key = keyOf(value);
      let at = index.get(key);
      if (at === undefined) {
        at = list.length;
        index.set(key, at);
        list.push(value);
      }
      return at;
    },
  };
}

function idColumns(prefixes: ReturnType<typeof table<string>>) {
  const columns = { prefix: [] as number[], rest: [] as string[] };
  return {
    columns,
    push(id: string): void {
      const cut = id.lastIndexOf(":") + 1;
      columns.prefix.push(prefixes.of(id.slice(0, cut)));
      columns.rest.push(id.slice(cut));
    },
  };
}

function propertyRow(properties: Record<string, JsonValue>, keys: ReturnType<typeof table<string>>): JsonValue[] {
  const row: JsonValue[] = [];
  for (const key in properties) row.push(keys.of(key), properties[key] as JsonValue);
  return row;
}

/** The compact form of a payload (its nodes and relationships; a table's rows and columns are not carried). */
export function toCompactGraph(payload: Pick<GraphPayload, "nodes" | "relationships" | "summary">): CompactGraph {
  const prefixes = table<string>();
  const labelSets = table<string[]>((labels) => labels.join("\u0000"));
  const types = table<string>();
  const keys = table<string>();
  const nodeIds = idColumns(prefixes);
  const outsideIds = idColumns(prefixes);
  const relIds = idColumns(prefixes);
  const endIndex = new Map<string, number>();
  const nodes = { id: nodeIds.columns, labelSet: [] as number[], properties: [] as JsonValue[][] };
  for (const [i, node] of payload.nodes.entries()) {
    if (!endIndex.has(node.id)) endIndex.set(node.id, i);
    nodeIds.push(node.id);
    nodes.labelSet.push(labelSets.of(node.labels));
    nodes.properties.push(propertyRow(node.properties, keys));
  }
  // A payload may list a node twice; ends point at its first place, and the count of ids stays the nodes' count.
  let nextOutside = payload.nodes.length;
  const end = (id: string): number => {
    let at = endIndex.get(id);
    if (at === undefined) {
      at = nextOutside++;
      endIndex.set(id, at);
      outsideIds.push(id);
    }
    return at;
  };
  const relationships = {
    id: relIds.columns,
    type: [] as number[],
    start: [] as number[],
    end: [] as number[],
    properties: [] as JsonValue[][],
  };
  for (const rel of payload.relationships) {
    relIds.push(rel.id);
    relationships.type.push(types.of(rel.type));
    relationships.start.push(end(rel.start));
    relationships.end.push(end(rel.end));
    relationships.properties.push(propertyRow(rel.properties, keys));
  }
  return {
    format: COMPACT_GRAPH_FORMAT,
    prefixes: prefixes.list,
    labelSets: labelSets.list,
    types: types.list,
    keys: keys.list,
    nodes,
    outside: outsideIds.columns,
    relationships,
    summary: payload.summary,
  };
}

/** A compact graph that parsed but does not hold together (an index past its table, columns of unequal length). */
export class CompactGraphError extends Error {
  override name = "CompactGraphError";
}

function at<T>(list: readonly T[], index: number, what: string): T {
  const value = list[index];
  if (value === undefined) throw new CompactGraphError(`${what}: index ${index} is past its table (${list.length})`);
  return value;
}

function sameLength(what: string, lengths: number[]): void {
  if (lengths.some((n) => n !== lengths[0]))
    throw new CompactGraphError(`${what}: columns of unequal length (${lengths.join(", ")})`);
}

function readIds(columns: CompactGraph["nodes"]["id"], prefixes: readonly string[], what: string): string[] {
  sameLength(`${what} ids`, [columns.prefix.length, columns.rest.length]);
  return columns.rest.map((rest, i) => at(prefixes, columns.prefix[i] as number, `${what} ${i}'s id prefix`) + rest);
}

function readProperties(row: readonly JsonValue[], keys: readonly string[], what: string): Record<string, JsonValue> {
  if (row.length % 2 !== 0) throw new CompactGraphError(`${what}: properties come in key-value pairs`);
  const entries: Array<[string, JsonValue]> = [];
  for (let i = 0; i < row.length; i += 2) {
    const key = row[i];
    if (typeof key !== "number") throw new CompactGraphError(`${what}: property ${i / 2} has no key index`);
    entries.push([at(keys, key, `${what}'s property key`), row[i + 1] as JsonValue]);
  }
  // fromEntries, as JSON.parse does, makes a key such as "__proto__" a property of its own, never the prototype.
  return Object.fromEntries(entries);
}

/** The payload a compact graph stands for, exactly as the JSON form gives it; throws CompactGraphError. */
export function fromCompactGraph(compact: CompactGraph): GraphPayload {
  const { nodes: n, relationships: r } = compact;
  sameLength("nodes", [n.id.rest.length, n.labelSet.length, n.properties.length]);
  sameLength("relationships", [r.id.rest.length, r.type.length, r.start.length, r.end.length, r.properties.length]);
  const nodeIds = readIds(n.id, compact.prefixes, "node");
  const ends = [...nodeIds, ...readIds(compact.outside, compact.prefixes, "outside end")];
  const nodes: WireNode[] = nodeIds.map((id, i) => ({
    id,
    labels: [...at(compact.labelSets, n.labelSet[i] as number, `node ${i}'s labels`)],
    properties: readProperties(n.properties[i] as JsonValue[], compact.keys, `node ${i}`),
  }));
  const relIds = readIds(r.id, compact.prefixes, "relationship");
  const relationships: WireRelationship[] = relIds.map((id, i) => ({
    id,
    type: at(compact.types, r.type[i] as number, `relationship ${i}'s type`),
    start: at(ends, r.start[i] as number, `relationship ${i}'s start`),
    end: at(ends, r.end[i] as number, `relationship ${i}'s end`),
    properties: readProperties(r.properties[i] as JsonValue[], compact.keys, `relationship ${i}`),
  }));
  return { nodes, relationships, summary: compact.summary };
}

/** Either form of a graph answer as the JSON form: what callers that asked for `format=compact` read. */
export function graphAnswer(answer: GraphPayload | CompactGraph): GraphPayload {
  return "format" in answer && answer.format === COMPACT_GRAPH_FORMAT
    ? fromCompactGraph(answer)
    : (answer as GraphPayload);
}

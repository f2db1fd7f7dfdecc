// A compact wire form of a graph payload for big views: columns instead of objects. Element ids are split into a
// shared prefix and their own tail (a number when it is one); labels, types, property keys and each element's key
// order are named once in tables; each property key is one typed column, so checking it is one pass over plain values.
import { z } from "zod";
import { JsonValueSchema, type JsonValue } from "./json.ts";
import { SummarySchema, type GraphPayload, type Summary, type WireNode, type WireRelationship } from "./graph.ts";

export const COMPACT_GRAPH_FORMAT = "kg-compact-graph/2";

const Index = z.number().int().nonnegative();
/** One index for every element when they all share it, else one per element. */
const RepeatedSchema = z.union([Index, z.array(Index)]);
type Repeated = z.infer<typeof RepeatedSchema>;

/** Ids in two columns: their prefix (up to and with the last ':') from `prefixes`, and what follows it. */
const IdColumnsSchema = z.object({ prefix: RepeatedSchema, rest: z.array(z.union([z.string(), z.number()])) });

/**
 * One property key's values, one per element; an element lacks the key when its key set does not name it (its slot
 * then holds null). Typed kinds are checked as plain columns; `enum` names each distinct text once in `table`.
 */
const ColumnSchema = z.discriminatedUnion("kind", [
  z.object({ key: Index, kind: z.literal("string"), values: z.array(z.string().nullable()) }),
  z.object({ key: Index, kind: z.literal("number"), values: z.array(z.number().nullable()) }),
  z.object({ key: Index, kind: z.literal("boolean"), values: z.array(z.boolean().nullable()) }),
  z.object({ key: Index, kind: z.literal("strings"), values: z.array(z.array(z.string()).nullable()) }),
  z.object({ key: Index, kind: z.literal("enum"), table: z.array(z.string()), values: z.array(Index.nullable()) }),
  z.object({ key: Index, kind: z.literal("json"), values: z.array(JsonValueSchema) }),
  /** Text that is each element's `list` property (a `strings` column's key) joined by `separator`: no values sent. */
  z.object({ key: Index, kind: z.literal("joined"), list: Index, separator: z.string() }),
]);
type Column = z.infer<typeof ColumnSchema>;

export const CompactGraphSchema = z.object({
  format: z.literal(COMPACT_GRAPH_FORMAT),
  prefixes: z.array(z.string()),
  /** Each distinct set of labels, in the order a node lists them. */
  labelSets: z.array(z.array(z.string())),
  types: z.array(z.string()),
  keys: z.array(z.string()),
  /** Each distinct list of property keys (indexes into `keys`), in the order an element lists its properties. */
  keySets: z.array(z.array(Index)),
  /** The payload's nodes, in order. */
  nodes: z.object({
    id: IdColumnsSchema,
    labelSet: RepeatedSchema,
    keySet: RepeatedSchema,
    columns: z.array(ColumnSchema),
  }),
  /** Ends of relationships that are not among the nodes: their ids follow the nodes' ids as end indexes. */
  outside: IdColumnsSchema,
  relationships: z.object({
    id: IdColumnsSchema,
    type: RepeatedSchema,
    /** Index into the node ids, then the outside ids. */
    start: z.array(Index),
    end: z.array(Index),
    keySet: RepeatedSchema,
    columns: z.array(ColumnSchema),
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
type Table<T> = ReturnType<typeof table<T>>;

/** A whole number written as its digits, no sign, no leading zero, exactly representable: sent as a number. */
const PLAIN_NUMBER = /^(?:0|[1-9]\d{0,14})$/;

function idColumns(prefixes: Table<string>) {
  const prefix: number[] = [];
  const rest: Array<string | number> = [];
  let last = { text: "", index: -1 };
  return {
    get count() {
      return rest.length;
    },
    push(id: string): void {
      const cut = id.lastIndexOf(":") + 1;
      // Ids of one database share their prefix: the last one's index, without a lookup, when it is the same.
      if (cut !== last.text.length || !id.startsWith(last.text)) {
        const text = id.slice(0, cut);
        last = { text, index: prefixes.of(text) };
      }
      prefix.push(last.index);
      const tail = id.slice(cut);
      rest.push(PLAIN_NUMBER.test(tail) ? Number(tail) : tail);
    },
    finish: () => ({ prefix: repeated(prefix), rest }),
  };
}

/** A column of indexes as one index when they are all the same. */
function repeated(indexes: number[]): Repeated {
  const first = indexes[0] ?? 0;
  return indexes.every((i) => i === first) ? first : indexes;
}

/** Distinct texts at most this share of a column's values make it an `enum` column. */
const ENUM_SHARE = 0.25;

/** The columns of one kind of element: values gathered by key, each column typed once all are in. */
function propertyColumns(keys: Table<string>, keySets: Table<number[]>, convert: (value: unknown) => JsonValue) {
  const byKey = new Map<number, { values: JsonValue[]; presentNull: boolean }>();
  // Each distinct key order by its signature, so an element that repeats one builds no array.
  const setBySignature = new Map<string, number>();
  const keySet: number[] = [];
  let count = 0;
  const pad = (values: JsonValue[], length: number) => {
    while (values.length < length) values.push(null);
  };
  return {
    /** The next element's properties, in their order. */
    push(properties: Record<string, unknown>): void {
      let signature = "";
      for (const name in properties) {
        const key = keys.of(name);
        signature += `${key},`;
        let column = byKey.get(key);
        if (!column) {
          column = { values: [], presentNull: false };
          byKey.set(key, column);
        }
        const value = convert(properties[name]);
        if (value === null) column.presentNull = true;
        pad(column.values, count);
        column.values.push(value);
      }
      let set = setBySignature.get(signature);
      if (set === undefined) {
        set = keySets.of(signature ? signature.slice(0, -1).split(",").map(Number) : []);
        setBySignature.set(signature, set);
      }
      keySet.push(set);
      count++;
    },
    finish(): { keySet: Repeated; columns: Column[] } {
      const columns = [...byKey].map(([key, { values, presentNull }]) => {
        pad(values, count);
        return typedColumn(key, values, presentNull);
      });
      return { keySet: repeated(keySet), columns: columns.map((column) => joinedColumn(column, columns)) };
    },
  };
}

function typedColumn(key: number, values: JsonValue[], presentNull: boolean): Column {
  if (!presentNull) {
    const present = values.filter((v) => v !== null);
    if (present.every((v) => typeof v === "string")) {
      // Stops at the first text past the share: a column of distinct long texts (quotes) is not hashed whole.
      const limit = present.length * ENUM_SHARE;
      const texts = table<string>();
      const indexes = new Array<number | null>(values.length);
      for (const [i, v] of values.entries()) {
        indexes[i] = v === null ? null : texts.of(v as string);
        if (texts.list.length > limit) return { key, kind: "string", values: values as Array<string | null> };
      }
      return { key, kind: "enum", table: texts.list, values: indexes };
    }
    if (present.every((v) => typeof v === "number")) return { key, kind: "number", values: values as number[] };
    if (present.every((v) => typeof v === "boolean")) return { key, kind: "boolean", values: values as boolean[] };
    if (present.every((v) => Array.isArray(v) && v.every((x) => typeof x === "string")))
      return { key, kind: "strings", values: values as string[][] };
  }
  return { key, kind: "json", values };
}

/** A text column that repeats a list column joined by one separator, as a reference to it; else the column as is. */
function joinedColumn(column: Column, columns: readonly Column[]): Column {
  if (column.kind !== "string") return column;
  for (const list of columns) {
    if (list.kind !== "strings") continue;
    const separator = separatorOf(column.values, list.values);
    if (separator !== undefined) return { key: column.key, kind: "joined", list: list.key, separator };
  }
  return column;
}

/** The one separator that joins each element's list into its text, if there is one (checked for every element). */
function separatorOf(texts: ReadonlyArray<string | null>, lists: ReadonlyArray<string[] | null>): string | undefined {
  let separator: string | undefined;
  for (const [i, text] of texts.entries()) {
    const list = lists[i];
    if (text === null) continue;
    if (!list) return undefined;
    if (separator === undefined && list.length >= 2) {
      const [first, second] = list as [string, string];
      const cut = text.indexOf(second, first.length);
      if (!text.startsWith(first) || cut < 0) return undefined;
      separator = text.slice(first.length, cut);
    }
  }
  if (separator === undefined) return undefined;
  for (const [i, text] of texts.entries()) if (text !== null && lists[i]?.join(separator) !== text) return undefined;
  return separator;
}

/**
 * Builds the compact form one element at a time, with no JSON form in between: the server feeds it database records,
 * `toCompactGraph` a payload. `convert` turns a property value into its JSON value (the server's driver mapping).
 */
export class CompactGraphEncoder {
  private readonly prefixes = table<string>();
  private readonly labelSets = table<string[]>((labels) => labels.join("\u0000"));
  private readonly types = table<string>();
  private readonly keys = table<string>();
  private readonly keySets = table<number[]>((set) => set.join(","));
  private readonly nodeIds = idColumns(this.prefixes);
  private readonly outsideIds = idColumns(this.prefixes);
  private readonly relIds = idColumns(this.prefixes);
  private readonly endIndex = new Map<string, number>();
  private readonly nodeLabels: number[] = [];
  private readonly nodeProps: ReturnType<typeof propertyColumns>;
  private readonly relTypes: number[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly relProps: ReturnType<typeof propertyColumns>;
  private outsideFrom: number | undefined;

  constructor(convert: (value: unknown) => JsonValue = (value) => value as JsonValue) {
    this.nodeProps = propertyColumns(this.keys, this.keySets, convert);
    this.relProps = propertyColumns(this.keys, this.keySets, convert);
  }

  get relationshipCount(): number {
    return this.relIds.count;
  }

  /** Nodes come first: a node added after a relationship would be numbered among the outside ends. */
  node(id: string, labels: readonly string[], properties: Record<string, unknown>): void {
    if (this.outsideFrom !== undefined)
      throw new Error("CompactGraphEncoder: every node comes before the relationships");
    // A payload may list a node twice; ends point at its first place, and the count of ids stays the nodes' count.
    if (!this.endIndex.has(id)) this.endIndex.set(id, this.nodeIds.count);
    this.nodeIds.push(id);
    this.nodeLabels.push(this.labelSets.of(labels as string[]));
    this.nodeProps.push(properties);
  }

  relationship(id: string, type: string, start: string, end: string, properties: Record<string, unknown>): void {
    this.outsideFrom ??= this.nodeIds.count;
    this.relIds.push(id);
    this.relTypes.push(this.types.of(type));
    this.starts.push(this.end(start));
    this.ends.push(this.end(end));
    this.relProps.push(properties);
  }

  private end(id: string): number {
    let at = this.endIndex.get(id);
    if (at === undefined) {
      at = this.nodeIds.count + this.outsideIds.count;
      this.endIndex.set(id, at);
      this.outsideIds.push(id);
    }
    return at;
  }

  finish(summary: Summary): CompactGraph {
    return {
      format: COMPACT_GRAPH_FORMAT,
      prefixes: this.prefixes.list,
      labelSets: this.labelSets.list,
      types: this.types.list,
      keys: this.keys.list,
      keySets: this.keySets.list,
      nodes: { id: this.nodeIds.finish(), labelSet: repeated(this.nodeLabels), ...this.nodeProps.finish() },
      outside: this.outsideIds.finish(),
      relationships: {
        id: this.relIds.finish(),
        type: repeated(this.relTypes),
        start: this.starts,
        end: this.ends,
        ...this.relProps.finish(),
      },
      summary,
    };
  }
}

/** The compact form of a payload (its nodes and relationships; a table's rows and columns are not carried). */
export function toCompactGraph(payload: Pick<GraphPayload, "nodes" | "relationships" | "summary">): CompactGraph {
  const encoder = new CompactGraphEncoder();
  for (const node of payload.nodes) encoder.node(node.id, node.labels, node.properties);
  for (const rel of payload.relationships) encoder.relationship(rel.id, rel.type, rel.start, rel.end, rel.properties);
  return encoder.finish(payload.summary);
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

function checkLength(what: string, length: number, count: number): void {
  if (length !== count) throw new CompactGraphError(`${what}: ${length} values for ${count} elements`);
}

/** A repeated index column as a lookup, checked for length once. */
function picker(column: Repeated, count: number, what: string): (i: number) => number {
  if (typeof column === "number") return () => column;
  checkLength(what, column.length, count);
  return (i) => column[i] as number;
}

function readIds(columns: z.infer<typeof IdColumnsSchema>, prefixes: readonly string[], what: string): string[] {
  const prefixOf = picker(columns.prefix, columns.rest.length, `${what} id prefixes`);
  return columns.rest.map((rest, i) => at(prefixes, prefixOf(i), `${what} ${i}'s id prefix`) + String(rest));
}

/** Each element's properties, rebuilt in its own key order from its key set and the columns. */
function readProperties(
  compact: CompactGraph,
  group: { keySet: Repeated; columns: Column[] },
  count: number,
  what: string,
): Array<Record<string, JsonValue>> {
  const byKey = new Map<number, (i: number) => JsonValue>();
  const nameOf = (key: number, where: string) => at(compact.keys, key, where);
  for (const column of group.columns) {
    const name = nameOf(column.key, `${what} column's key`);
    if (byKey.has(column.key)) throw new CompactGraphError(`${what} property ${name}: two columns`);
    if (column.kind === "joined") continue;
    checkLength(`${what} property ${name}`, column.values.length, count);
    if (column.kind === "enum") {
      const { table: texts, values } = column;
      for (const [i, v] of values.entries()) if (v !== null) at(texts, v, `${what} ${i}'s ${name}`);
      byKey.set(column.key, (i) => {
        const v = values[i] as number | null;
        return v === null ? null : (texts[v] as string);
      });
    } else {
      const values = column.values as JsonValue[];
      byKey.set(column.key, (i) => values[i] as JsonValue);
    }
  }
  // Joined texts read their list column, which is never itself joined.
  for (const column of group.columns) {
    if (column.kind !== "joined") continue;
    const name = nameOf(column.key, `${what} column's key`);
    const list = byKey.get(column.list);
    if (!list) throw new CompactGraphError(`${what} property ${name}: joins ${column.list}, which is no list column`);
    const { separator } = column;
    byKey.set(column.key, (i) => {
      const items = list(i);
      if (!Array.isArray(items)) throw new CompactGraphError(`${what} ${i}'s ${name}: its list is missing`);
      return items.join(separator);
    });
  }
  const setOf = picker(group.keySet, count, `${what} key sets`);
  // Each key set's names and value lookups, resolved once for all the elements that share it.
  const sets = compact.keySets.map((set, s) => {
    const fields = set.map((key) => ({ name: nameOf(key, `key set ${s}'s key`), value: byKey.get(key) }));
    return { fields, plain: fields.every((f) => f.name !== "__proto__") };
  });
  const rows = new Array<Record<string, JsonValue>>(count);
  for (let i = 0; i < count; i++) {
    const { fields, plain } = at(sets, setOf(i), `${what} ${i}'s key set`);
    const entries: Array<[string, JsonValue]> = [];
    const row: Record<string, JsonValue> = {};
    for (const { name, value } of fields) {
      if (!value) throw new CompactGraphError(`${what} ${i}: property ${name} has no column`);
      if (plain) row[name] = value(i);
      else entries.push([name, value(i)]);
    }
    // fromEntries, as JSON.parse does, makes a key such as "__proto__" a property of its own, never the prototype.
    rows[i] = plain ? row : Object.fromEntries(entries);
  }
  return rows;
}

/** The payload a compact graph stands for, exactly as the JSON form gives it; throws CompactGraphError. */
export function fromCompactGraph(compact: CompactGraph): GraphPayload {
  const { nodes: n, relationships: r } = compact;
  const nodeIds = readIds(n.id, compact.prefixes, "node");
  const labelSetOf = picker(n.labelSet, nodeIds.length, "node label sets");
  const nodeProps = readProperties(compact, n, nodeIds.length, "node");
  const nodes: WireNode[] = nodeIds.map((id, i) => ({
    id,
    labels: [...at(compact.labelSets, labelSetOf(i), `node ${i}'s labels`)],
    properties: nodeProps[i] as Record<string, JsonValue>,
  }));
  const ends = [...nodeIds, ...readIds(compact.outside, compact.prefixes, "outside end")];
  const relIds = readIds(r.id, compact.prefixes, "relationship");
  const count = relIds.length;
  const typeOf = picker(r.type, count, "relationship types");
  checkLength("relationship starts", r.start.length, count);
  checkLength("relationship ends", r.end.length, count);
  const relProps = readProperties(compact, r, count, "relationship");
  const relationships: WireRelationship[] = relIds.map((id, i) => ({
    id,
    type: at(compact.types, typeOf(i), `relationship ${i}'s type`),
    start: at(ends, r.start[i] as number, `relationship ${i}'s start`),
    end: at(ends, r.end[i] as number, `relationship ${i}'s end`),
    properties: relProps[i] as Record<string, JsonValue>,
  }));
  return { nodes, relationships, summary: compact.summary };
}

/** Either form of a graph answer as the JSON form: what callers that asked for `format=compact` read. */
export function graphAnswer(answer: GraphPayload | CompactGraph): GraphPayload {
  return "format" in answer && answer.format === COMPACT_GRAPH_FORMAT
    ? fromCompactGraph(answer)
    : (answer as GraphPayload);
}

// A compact wire form of a graph payload for big views: columns instead of objects. Element ids are split into a
// shared prefix and their own tail (a number when it is one); labels, types, property keys and each element's key
// order are named once in tables; each property key is one typed column holding only the elements that have it;
// integer columns (id tails, ends, indexes) are packed into one text each (packed-ints.ts).
import { z } from "zod";
import { JsonValueSchema, type JsonValue } from "./json.ts";
import { packable, packInts, unpackInts } from "./packed-ints.ts";
import { SummarySchema, type GraphPayload, type Summary, type WireNode, type WireRelationship } from "./graph.ts";

export const COMPACT_GRAPH_FORMAT = "kg-compact-graph/3";

const Index = z.number().int().nonnegative();
/** Whole numbers in packed-ints.ts's text form: one string, whatever the count. */
const Packed = z.string();
/** One index for every element when they all share it, else each element's, packed. */
const RepeatedSchema = z.union([Index, Packed]);
type Repeated = z.infer<typeof RepeatedSchema>;

/**
 * Ids in two columns: their prefix (up to and with the last ':') from `prefixes`, and what follows it: packed when
 * every tail is a plain whole number (a database's ids), else one number or text per element.
 */
const IdColumnsSchema = z.object({
  prefix: RepeatedSchema,
  rest: z.union([Packed, z.array(z.union([z.string(), z.number()]))]),
});

/**
 * One property key's values, one for each element whose key set names the key, in the elements' order (an element
 * without the key takes no slot). Typed kinds are checked as plain columns; `enum` names each distinct text once in
 * `table`; `ints` are whole numbers packed.
 */
const ColumnSchema = z.discriminatedUnion("kind", [
  z.object({ key: Index, kind: z.literal("string"), values: z.array(z.string()) }),
  z.object({ key: Index, kind: z.literal("number"), values: z.array(z.number()) }),
  z.object({ key: Index, kind: z.literal("ints"), values: Packed }),
  z.object({ key: Index, kind: z.literal("boolean"), values: z.array(z.boolean()) }),
  /** Lists of texts; an item that is a number stands for the same element's text property of that key. */
  z.object({ key: Index, kind: z.literal("strings"), values: z.array(z.array(z.union([z.string(), Index]))) }),
  z.object({ key: Index, kind: z.literal("enum"), table: z.array(z.string()), values: Packed }),
  z.object({ key: Index, kind: z.literal("json"), values: z.array(JsonValueSchema) }),
  /** Text that is the same element's `list` property (a `strings` column's key) joined by `separator`: no values. */
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
    /** Index into the node ids, then the outside ids; packed. */
    start: Packed,
    end: Packed,
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
  let allNumbers = true;
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
      if (PLAIN_NUMBER.test(tail)) rest.push(Number(tail));
      else {
        rest.push(tail);
        allNumbers = false;
      }
    },
    finish: () => ({ prefix: repeated(prefix), rest: allNumbers ? packInts(rest as number[]) : rest }),
  };
}

/** A column of indexes as one index when they are all the same, else packed. */
function repeated(indexes: number[]): Repeated {
  const first = indexes[0] ?? 0;
  return indexes.every((i) => i === first) ? first : packInts(indexes);
}

/** Distinct texts at most this share of a column's values make it an `enum` column. */
const ENUM_SHARE = 0.25;

/** One key's values as gathered: only the elements that have the key, with their places among all elements. */
interface Gathered {
  key: number;
  values: JsonValue[];
  elements: number[];
  presentNull: boolean;
}

/** The columns of one kind of element: values gathered by key, each column typed once all are in. */
function propertyColumns(keys: Table<string>, keySets: Table<number[]>, convert: (value: unknown) => JsonValue) {
  const byKey = new Map<number, Gathered>();
  // Each distinct key order by its signature, so an element that repeats one builds no array.
  const setBySignature = new Map<string, number>();
  const keySet: number[] = [];
  return {
    /** The next element's properties, in their order. */
    push(properties: Record<string, unknown>): void {
      const element = keySet.length;
      let signature = "";
      for (const name in properties) {
        const key = keys.of(name);
        signature += `${key},`;
        let column = byKey.get(key);
        if (!column) {
          column = { key, values: [], elements: [], presentNull: false };
          byKey.set(key, column);
        }
        const value = convert(properties[name]);
        if (value === null) column.presentNull = true;
        column.values.push(value);
        column.elements.push(element);
      }
      let set = setBySignature.get(signature);
      if (set === undefined) {
        set = keySets.of(signature ? signature.slice(0, -1).split(",").map(Number) : []);
        setBySignature.set(signature, set);
      }
      keySet.push(set);
    },
    finish(): { keySet: Repeated; columns: Column[] } {
      const gathered = [...byKey.values()];
      const columns = gathered.map((g) => joinedColumn(g, gathered) ?? typedColumn(g));
      return { keySet: repeated(keySet), columns: withReferences(columns, gathered) };
    },
  };
}

function typedColumn({ key, values, presentNull }: Gathered): Column {
  if (!presentNull) {
    if (values.every((v) => typeof v === "string")) {
      // Stops at the first text past the share: a column of distinct long texts (quotes) is not hashed whole.
      const limit = values.length * ENUM_SHARE;
      const texts = table<string>();
      const indexes = new Array<number>(values.length);
      for (const [i, v] of (values as string[]).entries()) {
        indexes[i] = texts.of(v);
        if (texts.list.length > limit) return { key, kind: "string", values: values as string[] };
      }
      return { key, kind: "enum", table: texts.list, values: packInts(indexes) };
    }
    if (values.every((v) => typeof v === "number")) {
      const numbers = values as number[];
      return numbers.every(packable)
        ? { key, kind: "ints", values: packInts(numbers) }
        : { key, kind: "number", values: numbers };
    }
    if (values.every((v) => typeof v === "boolean")) return { key, kind: "boolean", values: values as boolean[] };
    if (values.every((v) => Array.isArray(v) && v.every((x) => typeof x === "string")))
      return { key, kind: "strings", values: values as string[][] };
  }
  return { key, kind: "json", values };
}

/**
 * Lists whose items repeat a text property of the same element (aliases that are the element's name in each
 * language) name that property's key instead. Only `string` and `enum` columns are referred to, so reading them back
 * never goes round in a circle.
 */
function withReferences(columns: Column[], gathered: readonly Gathered[]): Column[] {
  const texts = columns.flatMap((c, i) =>
    c.kind === "string" || c.kind === "enum" ? [{ key: c.key, g: gathered[i] as Gathered, at: 0 }] : [],
  );
  if (!texts.length) return columns;
  return columns.map((column, i) => {
    if (column.kind !== "strings") return column;
    const { elements } = gathered[i] as Gathered;
    for (const t of texts) t.at = 0;
    const values = column.values.map((items, j) => {
      const element = elements[j] as number;
      // This element's texts: each text column's cursor moved up to it (both lists go in the elements' order).
      const own: Array<{ key: number; value: JsonValue }> = [];
      for (const t of texts) {
        while (t.at < t.g.elements.length && (t.g.elements[t.at] as number) < element) t.at++;
        if (t.g.elements[t.at] === element) own.push({ key: t.key, value: t.g.values[t.at] as JsonValue });
      }
      return own.length ? items.map((item) => own.find((o) => o.value === item)?.key ?? item) : items;
    });
    return { ...column, values };
  });
}

/** A text column that repeats a list column joined by one separator, as a reference to it. */
function joinedColumn(text: Gathered, columns: readonly Gathered[]): Column | undefined {
  if (text.presentNull || !text.values.every((v) => typeof v === "string")) return undefined;
  for (const list of columns) {
    if (list === text || list.presentNull) continue;
    if (!list.values.every((v) => Array.isArray(v) && v.every((x) => typeof x === "string"))) continue;
    const separator = separatorOf(text, list);
    if (separator !== undefined) return { key: text.key, kind: "joined", list: list.key, separator };
  }
  return undefined;
}

/**
 * The one separator that joins each element's list into its text, if there is one (checked for every element that
 * has the text; each of them must also have the list).
 */
function separatorOf(text: Gathered, list: Gathered): string | undefined {
  // The list's value for each element that has the text, or undefined when one lacks the list.
  const lists: string[][] = [];
  let j = 0;
  for (const element of text.elements) {
    while (j < list.elements.length && (list.elements[j] as number) < element) j++;
    if (list.elements[j] !== element) return undefined;
    lists.push(list.values[j] as string[]);
  }
  const texts = text.values as string[];
  let separator: string | undefined;
  for (const [i, items] of lists.entries()) {
    if (items.length < 2) continue;
    const t = texts[i] as string;
    const [first, second] = items as [string, string];
    const cut = t.indexOf(second, first.length);
    if (!t.startsWith(first) || cut < 0) return undefined;
    separator = t.slice(first.length, cut);
    break;
  }
  if (separator === undefined) return undefined;
  for (const [i, items] of lists.entries()) if (items.join(separator) !== texts[i]) return undefined;
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
        start: packInts(this.starts),
        end: packInts(this.ends),
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

/** A packed column's numbers; a broken one is named. */
function unpacked(text: string, what: string): number[] {
  try {
    return unpackInts(text);
  } catch (error) {
    throw new CompactGraphError(`${what}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** A packed column of one number per element, checked for its length. */
function perElement(text: string, count: number, what: string): number[] {
  const values = unpacked(text, what);
  checkLength(what, values.length, count);
  return values;
}

/** A repeated index column as a lookup, checked for length once. */
function picker(column: Repeated, count: number, what: string): (i: number) => number {
  if (typeof column === "number") return () => column;
  const values = perElement(column, count, what);
  return (i) => values[i] as number;
}

function readIds(columns: z.infer<typeof IdColumnsSchema>, prefixes: readonly string[], what: string): string[] {
  const rest = typeof columns.rest === "string" ? unpacked(columns.rest, `${what} ids`) : columns.rest;
  if (typeof columns.prefix === "number") {
    const prefix = at(prefixes, columns.prefix, `${what} ids' prefix`);
    return rest.map((tail) => prefix + String(tail));
  }
  const prefixOf = picker(columns.prefix, rest.length, `${what} id prefixes`);
  return rest.map((tail, i) => at(prefixes, prefixOf(i), `${what} ${i}'s id prefix`) + String(tail));
}

/** One column's values in turn, for the elements that have its key. */
interface ColumnReader {
  kind: Column["kind"];
  values: readonly JsonValue[];
  read: number;
}

function columnValues(column: Exclude<Column, { kind: "joined" }>, where: string): readonly JsonValue[] {
  if (column.kind === "enum") {
    const texts = column.table;
    return unpacked(column.values, where).map((v, i) => at(texts, v, `${where}'s value ${i}`));
  }
  return column.kind === "ints" ? unpacked(column.values, where) : column.values;
}

/** How one key set's fields are read: from a column, or joined from the list at another of its positions. */
type Field = { name: string; reader: ColumnReader } | { name: string; list: number; separator: string };

/** Each element's properties, rebuilt in its own key order from its key set and the columns. */
function readProperties(
  compact: CompactGraph,
  group: { keySet: Repeated; columns: Column[] },
  count: number,
  what: string,
): Array<Record<string, JsonValue>> {
  const nameOf = (key: number, where: string) => at(compact.keys, key, where);
  const setOf = picker(group.keySet, count, `${what} key sets`);
  // How many elements have each key: each column must hold exactly that many values.
  const uses = new Map<number, number>();
  for (let i = 0; i < count; i++) uses.set(setOf(i), (uses.get(setOf(i)) ?? 0) + 1);
  const having = new Map<number, number>();
  for (const [s, used] of uses)
    for (const key of at(compact.keySets, s, `${what} key set`)) having.set(key, (having.get(key) ?? 0) + used);
  const readers = new Map<number, ColumnReader>();
  const joined = new Map<number, { list: number; separator: string }>();
  for (const column of group.columns) {
    const name = nameOf(column.key, `${what} column's key`);
    if (readers.has(column.key) || joined.has(column.key))
      throw new CompactGraphError(`${what} property ${name}: two columns`);
    if (column.kind === "joined") {
      joined.set(column.key, { list: column.list, separator: column.separator });
      continue;
    }
    const values = columnValues(column, `${what} property ${name}`);
    checkLength(`${what} property ${name}`, values.length, having.get(column.key) ?? 0);
    readers.set(column.key, { kind: column.kind, values, read: 0 });
  }
  // Each key set's fields, resolved once for all the elements that share it (on first use: sets are shared by nodes
  // and relationships, and a set of the other kind may name keys this kind has no column for).
  const sets = new Map<number, { fields: Field[]; plain: boolean; direct: boolean; set: number[] }>();
  const resolve = (s: number, element: number) => {
    const set = at(compact.keySets, s, `${what} ${element}'s key set`);
    const fields = set.map((key): Field => {
      const name = nameOf(key, `key set ${s}'s key`);
      const reader = readers.get(key);
      if (reader) return { name, reader };
      const join = joined.get(key);
      if (!join) throw new CompactGraphError(`${what} ${element}: property ${name} has no column`);
      // Joined texts read their list column, which is never itself joined, at its place in this key set.
      const list = set.indexOf(join.list);
      if (list < 0 || !readers.has(join.list))
        throw new CompactGraphError(`${what} ${element}: property ${name} joins a list it does not have`);
      return { name, list, separator: join.separator };
    });
    const plain = fields.every((f) => f.name !== "__proto__");
    const direct = plain && fields.every((f) => "reader" in f && f.reader.kind !== "strings");
    const resolved = { fields, plain, direct, set };
    sets.set(s, resolved);
    return resolved;
  };
  /** A list with its items that name a key replaced by this element's text of that key. */
  const ownTexts = (list: JsonValue, set: number[], values: JsonValue[], i: number): JsonValue => {
    if (!Array.isArray(list) || list.every((item) => typeof item === "string")) return list;
    return list.map((item) => {
      if (typeof item === "string") return item;
      const f = set.indexOf(item as number);
      const kind = readers.get(item as number)?.kind;
      if (f < 0 || (kind !== "string" && kind !== "enum"))
        throw new CompactGraphError(`${what} ${i}: a list item names key ${String(item)}, which it has no text for`);
      return values[f] as JsonValue;
    });
  };
  const rows = new Array<Record<string, JsonValue>>(count);
  for (let i = 0; i < count; i++) {
    const s = setOf(i);
    const { fields, plain, direct, set } = sets.get(s) ?? resolve(s, i);
    // Indexed loops: this runs for every element of a big view.
    if (direct) {
      // Every field straight from its column (relationships, mostly): no values in between.
      const row: Record<string, JsonValue> = {};
      for (let f = 0; f < fields.length; f++) {
        const { name, reader } = fields[f] as { name: string; reader: ColumnReader };
        row[name] = reader.values[reader.read++] as JsonValue;
      }
      rows[i] = row;
      continue;
    }
    const values = new Array<JsonValue>(fields.length);
    for (let f = 0; f < fields.length; f++) {
      const field = fields[f] as Field;
      if ("reader" in field) values[f] = field.reader.values[field.reader.read++] as JsonValue;
    }
    for (let f = 0; f < fields.length; f++) {
      const field = fields[f] as Field;
      if ("reader" in field && field.reader.kind === "strings")
        values[f] = ownTexts(values[f] as JsonValue, set, values, i);
    }
    for (let f = 0; f < fields.length; f++) {
      const field = fields[f] as Field;
      if ("reader" in field) continue;
      const items = values[field.list];
      if (!Array.isArray(items)) throw new CompactGraphError(`${what} ${i}'s ${field.name}: its list is no list`);
      values[f] = items.join(field.separator);
    }
    if (plain) {
      const row: Record<string, JsonValue> = {};
      for (let f = 0; f < fields.length; f++) row[(fields[f] as Field).name] = values[f] as JsonValue;
      rows[i] = row;
    } else {
      // fromEntries, as JSON.parse does, makes a key such as "__proto__" a property of its own, never the prototype.
      rows[i] = Object.fromEntries(fields.map((field, f) => [field.name, values[f] as JsonValue]));
    }
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
  const starts = perElement(r.start, count, "relationship starts");
  const endsOf = perElement(r.end, count, "relationship ends");
  const relProps = readProperties(compact, r, count, "relationship");
  const relationships: WireRelationship[] = relIds.map((id, i) => ({
    id,
    type: at(compact.types, typeOf(i), `relationship ${i}'s type`),
    start: at(ends, starts[i] as number, `relationship ${i}'s start`),
    end: at(ends, endsOf[i] as number, `relationship ${i}'s end`),
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

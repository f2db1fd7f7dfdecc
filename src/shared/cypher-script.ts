// Seed scripts that rebuild a graph: one writer for `npm run export -- --cypher` and the page's Download as Cypher.
import { cypherMap, cypherName, cypherValue, type CypherProperties } from "./cypher-literal.ts";

export interface ScriptNode {
  /** Any handle unique among the nodes (an element id): relationships name their ends by it. */
  id: string;
  labels: readonly string[];
  properties: CypherProperties;
}

export interface ScriptRelationship {
  type: string;
  start: string;
  end: string;
  properties: CypherProperties;
}

export interface CypherScriptInput {
  nodes: readonly ScriptNode[];
  relationships: readonly ScriptRelationship[];
  /** Constraint and index commands (Neo4j's own createStatement), made idempotent with IF NOT EXISTS. */
  schema?: readonly string[];
  /**
   * The graph's key (the entity rules' slug, `id`) and the labels a uniqueness constraint covers it on. When every node
   * has a distinct string key under one of those labels, the script matches nodes by it, like hand-written seeds do.
   */
  key?: { property: string; constrainedLabels: readonly string[] };
  /** Rows per UNWIND statement. */
  batchRows?: number;
  /** Also cut a statement once its text passes this many characters (long texts make for few rows). */
  batchChars?: number;
  /** With a temporary key: an index on it so each relationship finds its ends at once (the loader drops it after). */
  temporaryKeyIndex?: boolean;
}

export type CypherScriptPartName = "schema" | "nodes" | "relationships" | "cleanup";

export interface CypherScriptPart {
  name: CypherScriptPartName;
  text: string;
}

export interface CypherScript {
  /** "key": nodes are matched by the graph's own key; "temporary": by a generated key that the last part removes. */
  identity: "key" | "temporary";
  parts: CypherScriptPart[];
  statements: number;
}

/** The temporary key: a label and a property no explored graph uses, removed by the script's last statement. */
export const EXPORT_KEY_LABEL = "__KgExport";
export const EXPORT_KEY_PROPERTY = "__kg_export_id";
/** The index on the temporary key; the seed loader drops it once a load that made it has committed. */
export const EXPORT_KEY_INDEX = "kg_export_key";

// Neo4j plans a statement's literals in time that grows faster than their size (measured on 5.26: about 10 ms a row
// at 10 to 25 rows a statement, 30 ms a row at 200, and the loader plans each statement twice), so rows go in small
// statements; the statement count costs far less than the planning.
const DEFAULT_ROWS = 20;
const DEFAULT_CHARS = 8_000;

interface Handle {
  label: string | null;
  value: string;
}

export function writeCypherScript(input: CypherScriptInput): CypherScript {
  const handles = keyHandles(input);
  const identity = handles ? "key" : "temporary";
  const handleOf = handles ? (id: string) => handles.get(id) : temporaryHandles(input.nodes);
  const rows = input.batchRows ?? DEFAULT_ROWS;
  const chars = input.batchChars ?? DEFAULT_CHARS;
  let statements = 0;
  const parts: CypherScriptPart[] = [];
  const add = (name: CypherScriptPartName, comment: string, body: string[]) => {
    statements += body.length;
    if (body.length) parts.push({ name, text: `${comment}\n\n${body.map((s) => `${s};\n`).join("\n")}` });
  };

  const schema = (input.schema ?? []).map(idempotent);
  if (identity === "temporary" && input.temporaryKeyIndex) {
    schema.push(
      `CREATE INDEX ${EXPORT_KEY_INDEX} IF NOT EXISTS FOR (n:${cypherName(EXPORT_KEY_LABEL)}) ON (n.${cypherName(EXPORT_KEY_PROPERTY)})`,
    );
  }
  add("schema", "// Constraints and indexes (the loader runs these first, each on its own).", schema);
  add(
    "nodes",
    `// ${input.nodes.length} nodes, grouped by their labels.`,
    nodeStatements(input, handleOf, identity, rows, chars),
  );
  add(
    "relationships",
    `// ${input.relationships.length} relationships, grouped by type; each finds its two ends by ${
      identity === "key" ? `their ${input.key?.property} key` : "the temporary key"
    }.`,
    relationshipStatements(input, handleOf, identity, rows, chars),
  );
  if (identity === "temporary" && input.nodes.length) {
    const label = cypherName(EXPORT_KEY_LABEL);
    add("cleanup", "// The temporary key has done its work: nothing of it stays in the graph.", [
      `MATCH (n:${label})\nREMOVE n:${label}, n.${cypherName(EXPORT_KEY_PROPERTY)}`,
    ]);
  }
  return { identity, parts, statements };
}

/** The parts as one file, for `npm run seed -- --file PATH`. */
export function cypherScriptText(script: CypherScript, header: string): string {
  return `${header}\n\n${script.parts.map((p) => p.text).join("\n")}`;
}

/** Neo4j's createStatement with IF NOT EXISTS after the name, so a script loads into a database that has them. */
function idempotent(statement: string): string {
  if (/\bIF\s+NOT\s+EXISTS\b/i.test(statement)) return statement;
  return statement.replace(/^(CREATE\s+(?:\w+\s+)?(?:INDEX|CONSTRAINT)\s+(?:`(?:[^`]|``)*`|\w+))/i, "$1 IF NOT EXISTS");
}

function keyHandles(input: CypherScriptInput): Map<string, Handle> | undefined {
  if (!input.key) return undefined;
  const { property, constrainedLabels } = input.key;
  const constrained = new Set(constrainedLabels);
  const handles = new Map<string, Handle>();
  const seen = new Set<string>();
  for (const node of input.nodes) {
    const value = node.properties[property];
    const label = [...node.labels].sort().find((l) => constrained.has(l));
    if (typeof value !== "string" || value === "" || !label || seen.has(value)) return undefined;
    seen.add(value);
    handles.set(node.id, { label, value });
  }
  return handles;
}

function temporaryHandles(nodes: readonly ScriptNode[]): (id: string) => Handle | undefined {
  const index = new Map(nodes.map((node, i) => [node.id, { label: null, value: String(i) }]));
  return (id) => index.get(id);
}

/** Rows cut into statements of at most `rows` rows and about `chars` characters; a row that must stand alone does. */
function batches(rowTexts: { text: string; alone: boolean }[], rows: number, chars: number): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  let size = 0;
  const flush = () => {
    if (current.length) out.push(current);
    current = [];
    size = 0;
  };
  for (const row of rowTexts) {
    if (row.alone) {
      flush();
      out.push([row.text]);
      continue;
    }
    if (current.length >= rows || (current.length && size + row.text.length > chars)) flush();
    current.push(row.text);
    size += row.text.length;
  }
  flush();
  return out;
}

/**
 * The loader checks each `quote` against the text of the `source` written after it in the same statement; a row with
 * a quote and no source of its own stands alone, so it is never paired with the next row's source.
 */
const standsAlone = (p: CypherProperties) => typeof p.quote === "string" && typeof p.source !== "string";

const unwind = (rows: string[], as: string) => `UNWIND [\n  ${rows.join(",\n  ")}\n] AS ${as}`;

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

function nodeStatements(
  input: CypherScriptInput,
  handleOf: (id: string) => Handle | undefined,
  identity: "key" | "temporary",
  rows: number,
  chars: number,
): string[] {
  const statements: string[] = [];
  const labelsOf = (node: ScriptNode) => [...new Set(node.labels)].sort();
  if (identity === "key") {
    const property = cypherName(input.key!.property);
    const groups = groupBy(input.nodes, (n) => JSON.stringify([handleOf(n.id)!.label, labelsOf(n)]));
    for (const group of groups.values()) {
      const anchor = handleOf(group[0]!.id)!.label!;
      const others = labelsOf(group[0]!).filter((l) => l !== anchor);
      const set = ["n = p", ...(others.length ? [`n${others.map((l) => `:${cypherName(l)}`).join("")}`] : [])];
      const rowTexts = group.map((n) => ({ text: cypherMap(n.properties), alone: standsAlone(n.properties) }));
      for (const batch of batches(rowTexts, rows, chars)) {
        statements.push(
          `${unwind(batch, "p")}\nMERGE (n:${cypherName(anchor)} {${property}: p.${property}})\nSET ${set.join(", ")}`,
        );
      }
    }
    return statements;
  }
  const keyLabel = cypherName(EXPORT_KEY_LABEL);
  const keyProperty = cypherName(EXPORT_KEY_PROPERTY);
  const groups = groupBy(input.nodes, (n) => JSON.stringify(labelsOf(n)));
  for (const group of groups.values()) {
    const labels = [...labelsOf(group[0]!).map(cypherName), keyLabel].map((l) => `:${l}`).join("");
    const rowTexts = group.map((n) => ({
      text: `{k: ${handleOf(n.id)!.value}, p: ${cypherMap(n.properties)}}`,
      alone: standsAlone(n.properties),
    }));
    for (const batch of batches(rowTexts, rows, chars)) {
      statements.push(`${unwind(batch, "row")}\nCREATE (n${labels} {${keyProperty}: row.k})\nSET n += row.p`);
    }
  }
  return statements;
}

function relationshipStatements(
  input: CypherScriptInput,
  handleOf: (id: string) => Handle | undefined,
  identity: "key" | "temporary",
  rows: number,
  chars: number,
): string[] {
  const statements: string[] = [];
  const ends = input.relationships.map((rel) => {
    const start = handleOf(rel.start);
    const end = handleOf(rel.end);
    if (!start || !end) {
      throw new Error(
        `relationship ${rel.type} from ${rel.start} to ${rel.end}: one of its ends is not among the nodes`,
      );
    }
    return { rel, start, end };
  });
  const groups = groupBy(ends, (e) => JSON.stringify([e.rel.type, e.start.label, e.end.label]));
  const matchOf = (handle: Handle, variable: string, field: string) =>
    identity === "key"
      ? `MATCH (${variable}:${cypherName(handle.label!)} {${cypherName(input.key!.property)}: row.${field}})`
      : `MATCH (${variable}:${cypherName(EXPORT_KEY_LABEL)} {${cypherName(EXPORT_KEY_PROPERTY)}: row.${field}})`;
  const handleText = (handle: Handle) => (identity === "key" ? cypherValue(handle.value) : handle.value);
  for (const group of groups.values()) {
    const { rel, start, end } = group[0]!;
    const rowTexts = group.map((e) => ({
      text: `{s: ${handleText(e.start)}, t: ${handleText(e.end)}, p: ${cypherMap(e.rel.properties)}}`,
      alone: standsAlone(e.rel.properties),
    }));
    for (const batch of batches(rowTexts, rows, chars)) {
      statements.push(
        [
          unwind(batch, "row"),
          matchOf(start, "a", "s"),
          matchOf(end, "b", "t"),
          `CREATE (a)-[r:${cypherName(rel.type)}]->(b)`,
          "SET r = row.p",
        ].join("\n"),
      );
    }
  }
  return statements;
}

// The Cypher of schema discovery: property keys, value types and string lengths from a bounded sample per label and
// per relationship type, and the label pairs a type connects. Counts come from the count store (queries/explore.ts).

/**
 * A label or type name as a Cypher identifier. Names come from db.labels() / db.relationshipTypes(), never from a
 * request, and are quoted with backticks doubled, so any name (spaces, dashes, backticks) is one identifier; a
 * written identifier lets the planner use the label scan, where a dynamic `$(...)` label may not.
 */
export function quoteName(name: string): string {
  return `\`${name.replaceAll("`", "``")}\``;
}

/** Per key of the `item`s a branch sampled: each value type with its count and mean string length. */
const propertyRows = (name: string) => `WITH collect(item) AS sampled
UNWIND sampled AS item
UNWIND keys(item) AS key
WITH size(sampled) AS total, key, item[key] AS value
WITH total, key, valueType(value) AS type, value
RETURN ${name}key, type, total, count(*) AS count,
       avg(CASE WHEN type STARTS WITH 'STRING' THEN size(value) END) AS meanLength`;

const nodeSample = (label: string) => `MATCH (item:${quoteName(label)})
WITH item LIMIT $sample`;

const relationshipSample = (type: string) => `MATCH ()-[item:${quoteName(type)}]->()
WITH item LIMIT $sample`;

const pairRows = (type: string, name: string) => `MATCH (a)-[r:${quoteName(type)}]->(b)
WITH a, b LIMIT $sample
RETURN ${name}labels(a) AS from, labels(b) AS to, count(*) AS count`;

/** Per property key of up to $sample nodes of one label: each value type with its count and mean string length. */
export function nodePropertySample(label: string): string {
  return `${nodeSample(label)}\n${propertyRows("")}\nORDER BY key, count DESC`;
}

/** The same for up to $sample relationships of one type. */
export function relationshipPropertySample(type: string): string {
  return `${relationshipSample(type)}\n${propertyRows("")}\nORDER BY key, count DESC`;
}

/** The label sets at both ends of up to $sample relationships of one type, with how often each pair occurs. */
export function relationshipPairSample(type: string): string {
  return pairRows(type, "");
}

/**
 * Many of the queries above as one, each in a CALL subquery of its own (so each keeps its own label or type scan and
 * LIMIT, and reads the same sample), its rows named by `$names[i]`: one round trip and one plan instead of one per
 * label or type. Planning, more than reading, made up a cold discovery with one query each (BENCHMARKS.md).
 */
function unionOf(names: readonly string[], branch: (name: string, column: string) => string, columns: string): string {
  return names
    .map((name, i) => `CALL () {\n${branch(name, `$names[${i}] AS name, `)}\n}\nRETURN name, ${columns}`)
    .join("\nUNION ALL\n");
}

const PROPERTY_COLUMNS = "key, type, total, count, meanLength";

/** nodePropertySample of each label, in one query. */
export function nodePropertySampleBatch(labels: readonly string[]): string {
  return unionOf(labels, (label, name) => `${nodeSample(label)}\n${propertyRows(name)}`, PROPERTY_COLUMNS);
}

/**
 * Per type, one sample gives both what relationshipPropertySample and relationshipPairSample read (the same type
 * scan and LIMIT, so the same relationships): rows of (from labels, to labels, key, type) with their count and the
 * summed size of string values. Each relationship also counts once with key null, which gives its label pair. One
 * branch per type instead of two halves the planning.
 */
const relationshipRows = (type: string, name: string) => `${relationshipSample(type)}
WITH collect(item) AS sampled
UNWIND sampled AS item
WITH size(sampled) AS total, item, labels(startNode(item)) AS from, labels(endNode(item)) AS to
UNWIND [null] + keys(item) AS key
WITH total, from, to, key, item[key] AS value
WITH total, from, to, key, CASE WHEN key IS NULL THEN null ELSE valueType(value) END AS type, value
RETURN ${name}total, from, to, key, type, count(*) AS count,
       sum(CASE WHEN type STARTS WITH 'STRING' THEN size(value) END) AS lengths`;

/** The properties and label pairs of each type, in one query. */
export function relationshipSampleBatch(types: readonly string[]): string {
  return unionOf(types, relationshipRows, "total, from, to, key, type, count, lengths");
}

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

/** Per key of the sampled `item`s: each value type with its count and mean string length. */
const PROPERTY_ROWS = `WITH collect(item) AS sampled
UNWIND sampled AS item
UNWIND keys(item) AS key
WITH size(sampled) AS total, key, item[key] AS value
WITH total, key, valueType(value) AS type, value
RETURN key, type, total, count(*) AS count,
       avg(CASE WHEN type STARTS WITH 'STRING' THEN size(value) END) AS meanLength`;

const nodeSample = (label: string) => `MATCH (item:${quoteName(label)})
WITH item LIMIT $sample`;

const relationshipScan = (type: string) => `MATCH ()-[item:${quoteName(type)}]->()
WITH item LIMIT $sample`;

/** Per property key of up to $sample nodes of one label: each value type with its count and mean string length. */
export function nodePropertySample(label: string): string {
  return `${nodeSample(label)}\n${PROPERTY_ROWS}\nORDER BY key, count DESC`;
}

/** The same for up to $sample relationships of one type. */
export function relationshipPropertySample(type: string): string {
  return `${relationshipScan(type)}\n${PROPERTY_ROWS}\nORDER BY key, count DESC`;
}

/** The label sets at both ends of up to $sample relationships of one type, with how often each pair occurs. */
export function relationshipPairSample(type: string): string {
  return `MATCH (a)-[r:${quoteName(type)}]->(b)
WITH a, b LIMIT $sample
RETURN labels(a) AS from, labels(b) AS to, count(*) AS count`;
}

/**
 * Per type, one sample gives both what relationshipPropertySample and relationshipPairSample read (the same type
 * scan and LIMIT, so the same relationships). Each relationship gives one row with key null, counted per label pair,
 * and one row per key, counted per (key, value type) with the mean string length, as relationshipPropertySample
 * does. One query per type instead of two: half the plans to make and half the relationships to read.
 */
export function relationshipSample(type: string): string {
  return `${relationshipScan(type)}
WITH collect(item) AS sampled
UNWIND sampled AS item
UNWIND [null] + keys(item) AS key
WITH size(sampled) AS total, item, key, item[key] AS value
WITH total, key, value,
     CASE WHEN key IS NULL THEN labels(startNode(item)) END AS from,
     CASE WHEN key IS NULL THEN labels(endNode(item)) END AS to,
     CASE WHEN key IS NULL THEN null ELSE valueType(value) END AS type
RETURN total, from, to, key, type, count(*) AS count,
       avg(CASE WHEN type STARTS WITH 'STRING' THEN size(value) END) AS meanLength`;
}

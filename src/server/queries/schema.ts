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

/** Per property key of up to $sample nodes of one label: each value type with its count and mean string length. */
export function nodePropertySample(label: string): string {
  return `
MATCH (n:${quoteName(label)})
WITH n LIMIT $sample
WITH collect(n) AS sampled
UNWIND sampled AS n
UNWIND keys(n) AS key
WITH size(sampled) AS total, key, n[key] AS value
WITH total, key, valueType(value) AS type, value
RETURN key, type, total, count(*) AS count,
       avg(CASE WHEN type STARTS WITH 'STRING' THEN size(value) END) AS meanLength
ORDER BY key, count DESC`;
}

/** The same for up to $sample relationships of one type. */
export function relationshipPropertySample(type: string): string {
  return `
MATCH ()-[r:${quoteName(type)}]->()
WITH r LIMIT $sample
WITH collect(r) AS sampled
UNWIND sampled AS r
UNWIND keys(r) AS key
WITH size(sampled) AS total, key, r[key] AS value
WITH total, key, valueType(value) AS type, value
RETURN key, type, total, count(*) AS count,
       avg(CASE WHEN type STARTS WITH 'STRING' THEN size(value) END) AS meanLength
ORDER BY key, count DESC`;
}

/** The label sets at both ends of up to $sample relationships of one type, with how often each pair occurs. */
export function relationshipPairSample(type: string): string {
  return `
MATCH (a)-[r:${quoteName(type)}]->(b)
WITH a, b LIMIT $sample
RETURN labels(a) AS from, labels(b) AS to, count(*) AS count`;
}

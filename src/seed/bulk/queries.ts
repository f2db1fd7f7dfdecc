// The bulk loader's Cypher: one UNWIND statement per label or type, named only from the model's allow-list.
import { ENTITY_LABELS, RELATIONSHIP_TYPES } from "../../generate/index.ts";

function allowed(name: string, list: ReadonlySet<string>, what: string): string {
  // Rows were validated already; this second check keeps a future caller from putting other text into Cypher.
  if (!list.has(name)) throw new Error(`${what} ${JSON.stringify(name)} is not in the model`);
  return name;
}

/** CREATE, not MERGE: the loader refuses a database that already holds the data set, and the id constraint refuses duplicates. */
export function createEntities(label: string): string {
  return `UNWIND $rows AS row CREATE (n:Entity:${allowed(label, ENTITY_LABELS, "Label")}) SET n = row`;
}

/** Read once after the entity phase: returning them from every CREATE batch made that phase a third slower. */
export const ENTITY_ELEMENT_IDS = `MATCH (n:Entity) RETURN n.id AS id, elementId(n) AS elementId`;

/** Ends by element id, read after the entity phase: a direct seek, cheaper than two index look-ups per row. */
export function createRelationships(type: string): string {
  return `UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = row.a
MATCH (b) WHERE elementId(b) = row.b
CREATE (a)-[r:${allowed(type, RELATIONSHIP_TYPES, "Relationship type")}]->(b)
SET r = row.props`;
}

/** The data set's :Source node doubles as the load's marker: `complete` turns true only at the very end. */
export const SOURCE_STATE = `MATCH (s:Source {id: $id}) RETURN s.complete AS complete`;
export const CREATE_SOURCE = `CREATE (s:Source) SET s = $source, s.complete = false`;
export const COMPLETE_SOURCE = `MATCH (s:Source {id: $id}) SET s.complete = true, s.loadedAt = datetime()`;
export const AWAIT_INDEXES = `CALL db.awaitIndexes($seconds)`;

/** The naive way, kept for the benchmark's comparison: one auto-committed MERGE per entity. */
export function mergeOneEntity(label: string): string {
  return `MERGE (n:Entity {id: $props.id}) SET n:${allowed(label, ENTITY_LABELS, "Label")}, n += $props`;
}

/** The naive way for relationships: one auto-committed MATCH, MATCH, MERGE per relationship. */
export function mergeOneRelationship(type: string): string {
  return `MATCH (a:Entity {id: $from}) MATCH (b:Entity {id: $to}) MERGE (a)-[r:${allowed(type, RELATIONSHIP_TYPES, "Relationship type")}]->(b) SET r += $props`;
}

/** Whether a database is fresh enough for the offline importer, which replaces its whole store. */
export const NODE_COUNT = `MATCH (n) RETURN count(n) AS n`;
export const INDEX_NAMES = `SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name`;
export const CONSTRAINT_NAMES = `SHOW CONSTRAINTS YIELD name RETURN name`;

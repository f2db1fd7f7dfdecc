// The Cypher the diff reads a scratch database with: key constraints, every node, every relationship.

/** Uniqueness and node-key constraints on nodes: the keys the scripts declare. */
export const KEY_CONSTRAINTS = `SHOW CONSTRAINTS YIELD type, entityType, labelsOrTypes, properties
WHERE entityType = 'NODE' AND (type CONTAINS 'UNIQUENESS' OR type CONTAINS 'KEY')
RETURN labelsOrTypes[0] AS label, properties ORDER BY label`;

/** The seed stamp (:ExplorerMeta) is the loader's, not the graph's. */
export const ALL_NODES = `MATCH (n) WHERE NOT n:ExplorerMeta
RETURN elementId(n) AS element, labels(n) AS labels, properties(n) AS properties`;

export const ALL_RELATIONSHIPS = `MATCH (a)-[r]->(b) WHERE NOT a:ExplorerMeta AND NOT b:ExplorerMeta
RETURN elementId(a) AS start, elementId(b) AS end, type(r) AS type, properties(r) AS properties`;

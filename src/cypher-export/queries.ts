// The Cypher the graph-folder export reads with: the whole graph (explorer bookkeeping left out) and its schema.

/** :ExplorerMeta holds the loader's own records (seed stamp, source texts); a load of the folder makes them again. */
export const READ_NODES = `
MATCH (n) WHERE NOT n:ExplorerMeta
RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS properties
ORDER BY id`;

export const READ_RELATIONSHIPS = `
MATCH (a)-[r]->(b) WHERE NOT a:ExplorerMeta AND NOT b:ExplorerMeta
RETURN elementId(a) AS start, elementId(b) AS end, type(r) AS type, properties(r) AS properties
ORDER BY elementId(r)`;

export const READ_CONSTRAINTS = `
SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties, createStatement
RETURN name, type, labelsOrTypes, properties, createStatement ORDER BY name`;

/** Indexes a constraint owns come back with it; LOOKUP indexes exist in every database. */
export const READ_INDEXES = `
SHOW INDEXES YIELD name, type, owningConstraint, createStatement
WHERE owningConstraint IS NULL AND type <> 'LOOKUP'
RETURN name, createStatement ORDER BY name`;

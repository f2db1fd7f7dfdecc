// The Cypher behind the built-in endpoints: parameterised, named columns, never built from user input.

/** Every entity and every relationship between entities (the article graph view), capped. */
export const GRAPH_NODES = `
MATCH (n:Entity)
RETURN n
ORDER BY n.id
LIMIT $limit`;

export const GRAPH_RELATIONSHIPS = `
MATCH (a:Entity)-[r]->(b:Entity)
RETURN r
ORDER BY elementId(r)
LIMIT $limit`;

/** Entity slugs never contain ':' while element ids always do, so each id form gets an indexed lookup. */
export const NODE_BY_SLUG = `MATCH (n:Entity {id: $id}) RETURN n LIMIT 1`;
export const NODE_BY_ELEMENT_ID = `MATCH (n) WHERE elementId(n) = $id RETURN n LIMIT 1`;

export const NODE_DEGREE = `
MATCH (n) WHERE elementId(n) = $elementId
MATCH (n)-[r]-()
RETURN type(r) AS type, count(r) AS count`;

export const NODE_RELATIONSHIPS = `
MATCH (n) WHERE elementId(n) = $elementId
MATCH (n)-[r]-(m)
RETURN r, m, startNode(r) = n AS outgoing
ORDER BY type(r), m.name
LIMIT $limit`;

export const SOURCES_BY_ID = `
MATCH (s:Source) WHERE s.id IN $ids
RETURN s
ORDER BY s.id`;

export const SERVER_INFO = `
CALL dbms.components() YIELD name, versions, edition
RETURN name, versions[0] AS version, edition`;

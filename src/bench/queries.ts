// Cypher only the benchmark runs (the rest it shares with the API: src/server/queries/explore.ts).

/** Relationships with both ends among the given entity ids: a subgraph payload of the size asked for. */
export const PAYLOAD_RELATIONSHIPS = `
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids
RETURN r
LIMIT $limit`;

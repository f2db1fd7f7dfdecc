// The Cypher the offline edition's export runs besides the explore endpoints' own (src/server/queries/explore.ts).

/** Every source, for the snapshot's citations. */
export const ALL_SOURCES = `MATCH (s:Source) RETURN s ORDER BY s.id`;

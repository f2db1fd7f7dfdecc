// The Cypher the guard wraps around a user's query before it runs: EXPLAIN plans it without running it.

export const EXPLAIN_PREFIX = "EXPLAIN ";

/** The user's text stays as written after the prefix, so Neo4j's error positions can be mapped back to it. */
export const explainQuery = (cypher: string): string => `${EXPLAIN_PREFIX}${cypher}`;

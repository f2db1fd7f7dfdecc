// The Cypher the bundled Neo4j's manager runs against the system database: first password, readiness.

export const SET_INITIAL_PASSWORD = "ALTER CURRENT USER SET PASSWORD FROM 'neo4j' TO $pw";
export const DATABASE_STATUS = "SHOW DATABASE $db YIELD currentStatus";

// The Cypher the seed loader runs of its own (the scripts it loads are the user's): seed stamp and reset.

/** The seed stamp is kept apart from :Entity so no explorer view or count ever shows it. */
export const READ_SEED_STAMP = "MATCH (m:ExplorerMeta {key: 'seed'}) RETURN m.hash AS hash";
export const WRITE_SEED_STAMP = "MERGE (m:ExplorerMeta {key: 'seed'}) SET m.hash = $hash, m.loadedAt = datetime()";

// Batched so that a large graph does not have to fit one transaction's memory; needs an auto-commit transaction.
export const DELETE_ALL = "MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS";

export const SHOW_CONSTRAINT_NAMES = "SHOW CONSTRAINTS YIELD name RETURN name";
export const SHOW_INDEX_NAMES = "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name";

/** Schema names cannot be parameters: the name Neo4j listed is quoted as an identifier, backticks doubled. */
export const dropSchemaItem = (kind: "CONSTRAINT" | "INDEX", name: string): string =>
  `DROP ${kind} \`${name.replaceAll("`", "``")}\` IF EXISTS`;

/** Indexes a load created fill in the background; a search right after the load needs them online. */
export const AWAIT_INDEXES = "CALL db.awaitIndexes($seconds)";

/** The reset inside the load's own transaction: the old graph goes only when the new one commits. */
export const DELETE_ALL_IN_LOAD = "MATCH (n) DETACH DELETE n";

/** What a failed load compares against to put the schema back; LOOKUP indexes included, since a script may drop one. */
export const SHOW_CONSTRAINT_DEFINITIONS = "SHOW CONSTRAINTS YIELD name, createStatement RETURN name, createStatement";
export const SHOW_INDEX_DEFINITIONS =
  "SHOW INDEXES YIELD name, createStatement, owningConstraint WHERE owningConstraint IS NULL RETURN name, createStatement";

// The database version the API's answer cache is keyed on: a random token on the seed stamp node, replaced by every
// load and every write the explorer makes, so a new version never repeats an old one.

/** Null when no load has stamped this database yet (a server given by NEO4J_URI): the cache then leans on its TTL. */
export const READ_DB_VERSION = "OPTIONAL MATCH (m:ExplorerMeta {key: 'seed'}) RETURN m.version AS version LIMIT 1";

export const BUMP_DB_VERSION = "MERGE (m:ExplorerMeta {key: 'seed'}) SET m.version = randomUUID()";

// The Cypher of the guard: EXPLAIN around a user's query before it runs, and finding its transaction after a timeout.

export const EXPLAIN_PREFIX = "EXPLAIN ";

/** The user's text stays as written after the prefix, so Neo4j's error positions can be mapped back to it. */
export const explainQuery = (cypher: string): string => `${EXPLAIN_PREFIX}${cypher}`;

/** A tagged ad-hoc transaction, while Neo4j still lists it (a timed-out one may run on inside one long expression). */
export const TAGGED_TRANSACTIONS = `
SHOW TRANSACTIONS YIELD transactionId, metaData, status, elapsedTime
WHERE metaData.explorerAdhoc IN $ids
RETURN metaData.explorerAdhoc AS id, transactionId, status, elapsedTime.milliseconds AS elapsedMs`;

/** Ends the explorer's own timed-out transactions at once, rather than at Neo4j's next timeout check (every 2 s by
 * default, db.transaction.monitor.check.interval). Any user may terminate their own transactions. */
export const TERMINATE_OWN_TRANSACTIONS = `TERMINATE TRANSACTIONS $transactionIds`;

/** Ends a read the API itself gave a time budget (db/read-within.ts), found by the tag in its metadata. */
export const TERMINATE_BUDGETED_READ = `
SHOW TRANSACTIONS YIELD transactionId AS id, metaData
WHERE metaData.explorerBudget = $tag
TERMINATE TRANSACTIONS id`;

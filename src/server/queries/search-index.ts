// The Cypher behind search on any graph: which full-text index exists, the explorer-managed index `explorer_names`,
// its query, and the bounded scan used when no index exists.

export const ARTICLE_INDEX = "entity_names";
export const EXPLORER_INDEX = "explorer_names";

/** The search indexes present, with their definition (to tell whether explorer_names is up to date). */
export const SHOW_SEARCH_INDEXES = `
SHOW FULLTEXT INDEXES YIELD name, state, labelsOrTypes, properties, options
WHERE name IN ['${ARTICLE_INDEX}', '${EXPLORER_INDEX}']
RETURN name, state, labelsOrTypes, properties, options.indexConfig['fulltext.analyzer'] AS analyzer`;

/** Label and property names cannot be parameters: each comes from the database or perspective.json, backtick-quoted. */
const quote = (name: string): string => `\`${name.replaceAll("`", "``")}\``;

export function createExplorerIndex(labels: readonly string[], properties: readonly string[]): string {
  if (!labels.length || !properties.length) throw new Error("an index needs at least one label and one property");
  return `CREATE FULLTEXT INDEX ${EXPLORER_INDEX} IF NOT EXISTS
FOR (n:${labels.map(quote).join("|")}) ON EACH [${properties.map((p) => `n.${quote(p)}`).join(", ")}]
OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'cjk'}}`;
}

export const DROP_EXPLORER_INDEX = `DROP INDEX ${EXPLORER_INDEX} IF EXISTS`;
export const AWAIT_EXPLORER_INDEX = `CALL db.awaitIndex('${EXPLORER_INDEX}', 600)`;

/** $query is a Lucene query built by explore/lucene.ts, where every user character is escaped. */
export const SEARCH_EXPLORER_INDEX = `
CALL db.index.fulltext.queryNodes('${EXPLORER_INDEX}', $query) YIELD node, score
WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
RETURN node, score
ORDER BY score DESC, elementId(node)
LIMIT $limit`;

/**
 * Without an index: every node whose $keys values (strings, or lists of strings), lower-cased, contain every one of
 * $terms. Bounded by the caller's transaction timeout and $limit.
 */
export const SEARCH_SCAN = `
MATCH (n)
WHERE NOT n:ExplorerMeta AND ($labels IS NULL OR any(l IN labels(n) WHERE l IN $labels))
WITH n, reduce(acc = [], k IN $keys |
  acc + CASE WHEN n[k] IS :: STRING THEN [toLower(n[k])]
             WHEN n[k] IS :: LIST<STRING NOT NULL> THEN [v IN n[k] | toLower(v)]
             ELSE [] END) AS names
WHERE size(names) > 0 AND all(t IN $terms WHERE any(v IN names WHERE v CONTAINS t))
RETURN n AS node, 1.0 AS score
LIMIT $limit`;

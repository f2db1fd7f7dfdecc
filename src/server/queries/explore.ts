// The Cypher behind the explore endpoints (graph, search, node detail, neighbours, paths, schema, stats, health):
// parameterised, named columns, never built from user input.

/**
 * How the first view orders the relationships between entities before it cuts them at 4 × N + 1. "internal id": by
 * the start node's internal id, then the relationship's (`id()`, deprecated in Cypher 5 but kept, as for hub pages):
 * the label scan gives the start nodes in that order already, so Neo4j sorts only each node's own relationships and
 * stops reading at the cut. "element id": by element id, a text built for every relationship and all of them sorted
 * as text, the old way (about twice the database time on 50,000; BENCHMARKS.md, "Graph payload on the wire"), kept
 * for the benchmark.
 */
export type FirstViewOrder = "internal id" | "element id";
const RELATIONSHIP_ORDER: Record<FirstViewOrder, string> = {
  "internal id": "id(a), id(r)",
  "element id": "elementId(r)",
};

/** Every entity and every relationship between entities (the article graph view), capped. */
export const GRAPH_NODES = `
MATCH (n:Entity)
RETURN n
ORDER BY n.id
LIMIT $limit`;

export const graphRelationships = (order: FirstViewOrder) => `
MATCH (a:Entity)-[r]->(b:Entity)
WITH a, r
ORDER BY ${RELATIONSHIP_ORDER[order]}
LIMIT $limit
RETURN r`;

/** How many entities there are, from the count store: whether the first view is theirs and whether it is cut short. */
export const ENTITY_COUNT = `MATCH (n:Entity) RETURN count(n) AS entities`;

/**
 * The same first view as columns, for the compact form: only what it carries, no driver node or relationship
 * objects. The nodes in GRAPH_NODES's order; properties(n) keeps the node's own key order.
 */
export const GRAPH_NODE_COLUMNS = `
MATCH (n:Entity)
WITH n
ORDER BY n.id
LIMIT $limit
RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS properties`;

/**
 * graphRelationships's relationships (the same first $limit in the same order), as columns; when the nodes were cut
 * short ($ids: the chosen nodes' element ids, else null), only those among the chosen nodes leave the database.
 */
export const graphRelationshipColumns = (order: FirstViewOrder) => `
MATCH (a:Entity)-[r]->(b:Entity)
WITH r, a, b
ORDER BY ${RELATIONSHIP_ORDER[order]}
LIMIT $limit
WITH r, elementId(a) AS start, elementId(b) AS end
WHERE $ids IS NULL OR (start IN $ids AND end IN $ids)
RETURN elementId(r) AS id, type(r) AS type, start, end, properties(r) AS properties`;

/** Any graph's first view, when it fits the budget: every node but the explorer's own bookkeeping. */
export const ANY_NODES = `
MATCH (n) WHERE NOT n:ExplorerMeta
RETURN n
ORDER BY elementId(n)
LIMIT $limit`;

/** Above the budget, the busiest nodes (most relationships, from the stored degree) stand for the graph. */
export const BUSIEST_NODES = `
MATCH (n) WHERE NOT n:ExplorerMeta
WITH n, COUNT { (n)--() } AS degree
ORDER BY degree DESC, elementId(n)
LIMIT $limit
RETURN n`;

/** The relationships among chosen nodes (both ends in $ids), capped. */
export const RELATIONSHIPS_AMONG = `
UNWIND $ids AS id
MATCH (a) WHERE elementId(a) = id
MATCH (a)-[r]->(b) WHERE elementId(b) IN $ids
RETURN r
ORDER BY elementId(r)
LIMIT $limit`;

/** Entity slugs never contain ':' while element ids always do, so each id form gets an indexed lookup. */
export const NODE_BY_SLUG = `MATCH (n:Entity {id: $id}) RETURN n LIMIT 1`;
export const NODE_BY_ELEMENT_ID = `MATCH (n) WHERE elementId(n) = $id RETURN n LIMIT 1`;

/**
 * A node of any label whose `id` is the text, or the same whole number ($int, null when the text is not one); the
 * ordering makes the pick stable when two labels reuse an id.
 */
export const NODE_BY_ANY_ID = `
MATCH (n) WHERE NOT n:ExplorerMeta AND (n.id = $id OR ($int IS NOT NULL AND n.id = $int))
RETURN n
ORDER BY elementId(n)
LIMIT 1`;

/**
 * Nodes with a name (any of $keys) containing the folded text ($folded: lower case, without spaces and middle dots,
 * as shared/entity.ts foldName), equal names first: the resolver's fallback when the full-text search cannot answer.
 */
export const NODES_BY_FOLDED_NAME = `
MATCH (n) WHERE NOT n:ExplorerMeta
WITH n, [k IN $keys WHERE n[k] IS :: STRING |
  toLower(replace(replace(replace(replace(replace(n[k], ' ', ''), '\t', ''), '\n', ''), '・', ''), '·', ''))] AS folded
WHERE any(f IN folded WHERE f CONTAINS $folded)
RETURN n
ORDER BY CASE WHEN $folded IN folded THEN 0 ELSE 1 END, elementId(n)
LIMIT $limit`;

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

/**
 * A node's whole detail in one round trip: the node by element id ($elementId, null when the text is not one), else
 * by slug ($id, null to skip), the first found in that order; its degree by type, its first $limit relationships
 * (the order of NODE_RELATIONSHIPS) and the sources they cite (the order of SOURCES_BY_ID). No row: neither matched.
 */
export const NODE_DETAIL = `
CALL () {
  MATCH (n) WHERE elementId(n) = $elementId RETURN n, 0 AS rank
  UNION ALL
  MATCH (n:Entity {id: $id}) RETURN n, 1 AS rank LIMIT 1
}
WITH n ORDER BY rank LIMIT 1
CALL (n) {
  MATCH (n)-[r]-()
  WITH type(r) AS type, count(r) AS count
  RETURN collect({type: type, count: count}) AS degree
}
CALL (n) {
  MATCH (n)-[r]-(m)
  WITH r, m ORDER BY type(r), m.name LIMIT $limit
  RETURN collect({r: r, m: m, outgoing: startNode(r) = n}) AS relationships
}
CALL (relationships) {
  MATCH (s:Source) WHERE s.id IN [x IN relationships WHERE x.r.source IS :: STRING | x.r.source]
  WITH s ORDER BY s.id
  RETURN collect(s) AS sources
}
RETURN n, degree, relationships, sources`;

export const SERVER_INFO = `
CALL dbms.components() YIELD name, versions, edition
RETURN name, versions[0] AS version, edition`;

/** $query is a Lucene query built by explore/lucene.ts, where every user character is escaped. */
export const SEARCH = `
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
RETURN node, score
// Prefix matches all score alike; the shorter name is then the likelier target ("alibab" -> Alibaba Group).
ORDER BY score DESC, size(coalesce(node.name, '')) ASC
LIMIT $limit`;

const NEIGHBOR_FILTER = `
MATCH (n) WHERE elementId(n) = $elementId
MATCH (n)-[r]-(m)
WHERE ($types IS NULL OR type(r) IN $types)
  AND ($labels IS NULL OR any(l IN labels(m) WHERE l IN $labels))
  AND ($direction = 'both' OR ($direction = 'out') = (startNode(r) = n))`;

export const NEIGHBOR_COUNT = `${NEIGHBOR_FILTER}
RETURN count(r) AS total`;

/**
 * The same total without filters, from the node's stored degree: O(1) for a hub where the expansion above reads
 * every one of its relationships (a self-loop counts once either way).
 */
export const NEIGHBOR_DEGREE = `
MATCH (n) WHERE elementId(n) = $elementId
RETURN COUNT { (n)--() } AS total`;

export const NEIGHBOR_PAGE = `${NEIGHBOR_FILTER}
RETURN r, m
ORDER BY type(r), elementId(r)
SKIP $skip
LIMIT $limit`;

/**
 * Every matching relationship in page order (NEIGHBOR_PAGE's), once per hub and database version
 * (explore/hub-pages.ts). Internal ids, deprecated in Cypher 5 but kept: a relationship seek by element id costs
 * about 1 ms a relationship on Neo4j 5.26, by id a few ms for a page of 50 (BENCHMARKS.md, "Second round").
 */
export const NEIGHBOR_ORDER = `${NEIGHBOR_FILTER}
WITH r ORDER BY type(r), elementId(r)
RETURN collect(id(r)) AS ids`;

/**
 * A page from a kept order in one round trip: the database version (null when unstamped), the hub and its
 * relationships by internal id, no other relationship of the hub read; the caller uses them only when the version is
 * the kept one. One that no longer touches the hub (deleted, its id reused, behind the version's back) is left out.
 */
export const NEIGHBOR_PAGE_KEPT = `
OPTIONAL MATCH (meta:ExplorerMeta {key: 'seed'})
WITH meta.version AS version LIMIT 1
MATCH (n) WHERE elementId(n) = $elementId
CALL (n) {
  UNWIND range(0, size($ids) - 1) AS i
  MATCH (a)-[r]->(b) WHERE id(r) = $ids[i] AND (a = n OR b = n)
  WITH i, r, CASE WHEN a = n THEN b ELSE a END AS m
  ORDER BY i
  RETURN collect({r: r, m: m}) AS page
}
RETURN version, n, page`;

/** All relationships, from Neo4j's count store (no scan). */
export const RELATIONSHIP_COUNT = `MATCH ()-[r]->() RETURN count(r) AS n`;

/**
 * Cypher takes path bounds and SHORTEST counts only as literals, so these two come from
 * zod-validated integers (1..10 and 1..20), never from user text. Unordered, the paths stream out as Neo4j finds
 * them, shortest first (a time-budgeted search keeps those found in time); ordered, none leaves before all are found.
 */
export function kShortestPaths(maxHops: number, k: number, directed: boolean, ordered = true): string {
  if (!Number.isInteger(maxHops) || !Number.isInteger(k)) throw new Error("path bounds must be integers");
  const arrow = directed ? "->" : "-";
  return `
MATCH (a) WHERE elementId(a) = $from
MATCH (b) WHERE elementId(b) = $to
MATCH p = SHORTEST ${k} (a)-[*1..${maxHops}]${arrow}(b)
RETURN p${ordered ? "\nORDER BY length(p)" : ""}`;
}

export const LABEL_COUNTS = `
CALL db.labels() YIELD label
WHERE label <> 'ExplorerMeta'
CALL (label) { MATCH (n) WHERE label IN labels(n) RETURN count(n) AS count }
RETURN label AS name, count
ORDER BY name`;

export const TYPE_COUNTS = `
CALL db.relationshipTypes() YIELD relationshipType AS type
CALL (type) { MATCH ()-[r]->() WHERE type(r) = type RETURN count(r) AS count }
RETURN type AS name, count
ORDER BY name`;

/**
 * The same two lists from Neo4j's count store, in milliseconds where the scans above take seconds on a million
 * relationships (BENCHMARKS.md). The procedure may be refused to a user without admin rights; then the scans run.
 */
export const LABEL_COUNTS_FROM_STATS = `
CALL db.stats.retrieve('GRAPH COUNTS') YIELD data
WITH [x IN data.nodes WHERE x.label IS NOT NULL] AS counted
CALL db.labels() YIELD label
WITH label, counted WHERE label <> 'ExplorerMeta'
RETURN label AS name, coalesce(head([x IN counted WHERE x.label = label | x.count]), 0) AS count
ORDER BY name`;

export const TYPE_COUNTS_FROM_STATS = `
CALL db.stats.retrieve('GRAPH COUNTS') YIELD data
WITH [x IN data.relationships WHERE x.relationshipType IS NOT NULL AND x.startLabel IS NULL AND x.endLabel IS NULL] AS counted
CALL db.relationshipTypes() YIELD relationshipType AS type
RETURN type AS name, coalesce(head([x IN counted WHERE x.relationshipType = type | x.count]), 0) AS count
ORDER BY name`;

export const PROPERTY_KEYS = `CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey ORDER BY propertyKey`;

export const TOTALS = `
CALL () { MATCH (n) WHERE NOT n:ExplorerMeta RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships`;

/** The labels and relationship types the database knows, for saved queries' `needs:`. */
export const LABELS_AND_TYPES = `
CALL () { CALL db.labels() YIELD label RETURN collect(label) AS labels }
CALL () { CALL db.relationshipTypes() YIELD relationshipType RETURN collect(relationshipType) AS types }
RETURN labels, types`;

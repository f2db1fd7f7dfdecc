// title: Entities with the most sourced relationships
// description: The entities the article says the most about: how many relationships with a source each has, and from how many distinct article passages.
// param: limit | integer | default 10 | example 3 | How many entities to list
// tags: overview, sources
// needs: labels Entity
MATCH (n:Entity)-[r]-(:Entity)
WHERE r.source IS NOT NULL
RETURN n.name AS entity,
       [l IN labels(n) WHERE l <> 'Entity'][0] AS kind,
       count(r) AS sourcedRelationships,
       count(DISTINCT r.quote) AS distinctQuotes,
       n
ORDER BY sourcedRelationships DESC, entity
LIMIT $limit

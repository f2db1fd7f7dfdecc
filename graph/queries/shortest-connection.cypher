// title: Shortest connection between two entities
// description: The shortest chains linking two entities in either direction, so links like "both are affected by the same event" count too; each step keeps its quote.
// param: from | string | default jack-ma | example deepseek | Id (slug) of the first entity
// param: to | string | default nvidia | example apple | Id (slug) of the second entity
// tags: paths, connections
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH route = allShortestPaths((a)-[*..8]-(b))
RETURN length(route) AS hops,
       [n IN nodes(route) | n.name] AS via,
       [r IN relationships(route) | type(r)] AS relationshipTypes,
       [r IN relationships(route) | r.quote] AS quotes,
       route
ORDER BY via

// title: Shortest connection between two entities
// description: The shortest chains linking two entities in either direction, so links like "both are affected by the same event" count too; each step keeps its quote, and its note where the step is our inference.
// param: from | entity | default jack-ma | example DeepSeek | The first entity: its name in any language or its slug
// param: to | entity | default nvidia | example apple | The second entity: its name in any language or its slug
// tags: paths, connections
// needs: labels Entity
MATCH (a:Entity), (b:Entity) WHERE elementId(a) = $from AND elementId(b) = $to
MATCH route = allShortestPaths((a)-[*..8]-(b))
RETURN length(route) AS hops,
       [n IN nodes(route) | n.name] AS via,
       [r IN relationships(route) | type(r)] AS relationshipTypes,
       [r IN relationships(route) | r.quote] AS quotes,
       // Our inference behind a step (null where the article states it), so a route resting on one says so.
       [r IN relationships(route) | r.note] AS notes,
       route
ORDER BY via

// title: Every route from one entity to another
// description: All chains of relationships pointing the same way from one entity to another, up to a number of hops, shortest first, with the names and relationship types along the way and the quote behind each step and, where a step is our inference rather than the article's statement, its note. With the defaults: how Jack Ma is connected to Apple.
// param: from | entity | default jack-ma | example Joe Tsai | The entity the route starts at: its name in any language or its slug
// param: to | entity | default apple | example qwen | The entity the route ends at: its name in any language or its slug
// param: maxHops | integer | default 4 | example 3 | Longest route to list, in relationships (1 to 6)
// tags: paths, connections
// needs: labels Entity
MATCH (start:Entity) WHERE elementId(start) = $from
MATCH (finish:Entity) WHERE elementId(finish) = $to
MATCH route = (start)-[*1..6]->(finish)
WHERE length(route) <= $maxHops
  AND all(n IN nodes(route) WHERE single(m IN nodes(route) WHERE m = n))
RETURN length(route) AS hops,
       [n IN nodes(route) | n.name] AS via,
       [r IN relationships(route) | type(r)] AS relationshipTypes,
       [r IN relationships(route) | r.quote] AS quotes,
       // Our inference behind a step (null where the article states it), so a route resting on one says so.
       [r IN relationships(route) | r.note] AS notes,
       route
ORDER BY hops, via

// title: Every route from one entity to another
// description: All chains of relationships pointing the same way from one entity to another, up to a number of hops, shortest first, with the names and relationship types along the way and the quote behind each step. With the defaults: how Jack Ma is connected to Apple.
// param: from | string | default jack-ma | example joe-tsai | Id (slug) of the entity the route starts at
// param: to | string | default apple | example qwen | Id (slug) of the entity the route ends at
// param: maxHops | integer | default 4 | example 3 | Longest route to list, in relationships (1 to 6)
// tags: paths, connections
MATCH route = (start:Entity {id: $from})-[*1..6]->(finish:Entity {id: $to})
WHERE length(route) <= $maxHops
  AND all(n IN nodes(route) WHERE single(m IN nodes(route) WHERE m = n))
RETURN length(route) AS hops,
       [n IN nodes(route) | n.name] AS via,
       [r IN relationships(route) | type(r)] AS relationshipTypes,
       [r IN relationships(route) | r.quote] AS quotes,
       route
ORDER BY hops, via

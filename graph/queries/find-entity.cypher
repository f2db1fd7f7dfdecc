// title: Find an entity by any of its names
// description: Full-text search over English, Japanese and Chinese names and aliases (馬雲, ジャック・マー and Jack Ma all find Jack Ma), best match first; the id it gives is what the other queries take.
// param: q | string | default 馬雲 | example 通義千問 | Name or part of a name, in any of the three languages
// param: limit | integer | default 5 | example 3 | How many matches to list
// tags: search, entities
CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node, score
RETURN node.id AS id,
       node.name AS name,
       node.name_ja AS nameJa,
       node.name_zh AS nameZh,
       [l IN labels(node) WHERE l <> 'Entity'][0] AS kind,
       round(score, 3) AS score,
       node
ORDER BY score DESC
LIMIT $limit

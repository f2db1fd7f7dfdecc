// title: What a pivot, plan or unit is made of
// description: Everything the article presents as a part or step of a larger whole, with who leads each part, its year (or the year it runs to: byYear); with the default, the pieces of Alibaba's AI pivot.
// param: whole | entity | default alibaba-ai-transformation | example alibaba-ecommerce | The pivot, plan, event or business unit: its name in any language or its slug
// tags: events, restructuring
// needs: labels Entity | types PART_OF
MATCH (piece:Entity)-[partOf:PART_OF]->(container:Entity)
WHERE elementId(container) = $whole
OPTIONAL MATCH (leader:Person)-[leads:LEADS|OVERSEES]->(piece)
RETURN piece.name AS part,
       [l IN labels(piece) WHERE l <> 'Entity'][0] AS kind,
       piece.year AS year,
       piece.by_year AS byYear,
       leader.name AS ledBy,
       partOf.quote AS quote,
       piece, partOf, container, leads, leader
ORDER BY coalesce(year, byYear) IS NULL, coalesce(year, byYear), part

// title: An entity's full neighbourhood, with quotes
// description: Every relationship of one entity in both directions, the entity at the other end and the sentence each rests on; inferences can be left out.
// param: entity | entity | default jack-ma | example Eddie Wu | The entity: its name in any language (馬雲, Jack Ma) or its slug
// param: includeInferences | boolean | default true | example false | Also list relationships the graph marks as inferences (with a note)
// tags: entities, quotes
// needs: labels Entity
MATCH (n:Entity)-[r]-(other:Entity)
WHERE elementId(n) = $entity AND ($includeInferences OR r.note IS NULL)
RETURN CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END AS direction,
       type(r) AS relationship,
       other.name AS neighbour,
       [l IN labels(other) WHERE l <> 'Entity'][0] AS kind,
       r.quote AS quote,
       r.note AS note,
       n, r, other
ORDER BY direction DESC, relationship, neighbour

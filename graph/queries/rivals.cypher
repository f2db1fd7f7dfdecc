// title: Rivals and what each of them does
// description: Everything the given entity competes with, in either direction, with the rival's own description and what the article says each rival does (its investments, products, models).
// param: entity | entity | default alibaba | example quark | The company or product whose rivals to list: its name in any language or its slug
// tags: competition, companies
// needs: labels Entity | types COMPETES_WITH
MATCH (subject:Entity)-[competes:COMPETES_WITH]-(other:Entity)
WHERE elementId(subject) = $entity
OPTIONAL MATCH (other)-[does:INVESTS|DEVELOPS|RELEASED|MANUFACTURES|OWNS]->(what:Entity)
WITH subject, competes, other,
     [x IN collect({type: type(does), what: what.name}) WHERE x.type IS NOT NULL] AS activities
RETURN other.name AS rival,
       [l IN labels(other) WHERE l <> 'Entity'][0] AS kind,
       other.description AS description,
       [a IN activities | a.type + ' ' + a.what] AS whatItDoes,
       competes.quote AS quote,
       subject, competes, other
ORDER BY rival

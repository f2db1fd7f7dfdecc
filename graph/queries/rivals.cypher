// title: Rivals and what each of them does
// description: Everything the given entity competes with, in either direction, with the rival's own description and what the article says each rival does (its investments, products, models).
// param: entity | string | default alibaba | example quark | Id (slug) of the company or product whose rivals to list
// tags: competition, companies
MATCH (subject:Entity {id: $entity})-[competes:COMPETES_WITH]-(other:Entity)
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

// title: What kinds of facts the graph holds
// description: Each relationship type with how many facts it has, between which kinds of entities, and one example quote; a map of what can be asked.
// tags: overview
// needs: labels Entity
MATCH (a:Entity)-[r]->(b:Entity)
WITH type(r) AS relationship, [l IN labels(a) WHERE l <> 'Entity'][0] + ' -> ' + [l IN labels(b) WHERE l <> 'Entity'][0] AS between, r
WITH relationship, collect(DISTINCT between) AS between, count(r) AS facts, collect(r.quote)[0] AS exampleQuote
RETURN relationship, facts, between, exampleQuote
ORDER BY facts DESC, relationship

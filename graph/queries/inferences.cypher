// title: Facts that are inferences, not statements
// description: Relationships the graph marks with a note because the article implies rather than states them (or states them only in the headline); check these before quoting them.
// tags: fact-check, sources
// needs: labels Entity
MATCH (a:Entity)-[fact]->(b:Entity)
WHERE fact.note IS NOT NULL
RETURN a.name AS subject,
       type(fact) AS relationship,
       b.name AS object,
       fact.note AS note,
       fact.quote AS quote,
       a, fact, b
ORDER BY subject, relationship

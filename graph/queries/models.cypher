// title: AI models: who develops, runs and uses them
// description: Each AI model with everyone linked to it: who develops or released it, which products run on it, who adopted it, who oversees it and what competes with it; the capability a product takes from it and the approximate headcount of the team behind it, where the article says.
// tags: models, ai
// needs: labels Entity, Model
MATCH (m:Model)-[link:DEVELOPS|RELEASED|POWERED_BY|ADOPTED_BY|OVERSEES|COMPETES_WITH]-(party:Entity)
RETURN m.name AS model,
       CASE type(link)
         WHEN 'DEVELOPS' THEN 'develops it'
         WHEN 'RELEASED' THEN 'released it'
         WHEN 'POWERED_BY' THEN 'runs on it'
         WHEN 'ADOPTED_BY' THEN 'adopted it'
         WHEN 'OVERSEES' THEN 'oversees it'
         ELSE 'competes with it'
       END AS role,
       party.name AS who,
       link.year AS year,
       link.capability AS capability,
       coalesce(link.headcount_approx, party.headcount_approx) AS teamHeadcount,
       link.quote AS quote,
       link.note AS inference,
       m, link, party
ORDER BY model, role, who

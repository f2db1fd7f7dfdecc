// title: Who appointed whom: leadership and roles
// description: Appointments, returns, stepping down, chairman and CEO posts and founders, with role, year and quote; the moves Jack Ma made to put Joe Tsai and Eddie Wu in charge.
// tags: people, leadership
// needs: labels Entity, Person
MATCH (person:Person)-[step:APPOINTED|BROUGHT_BACK|LEADS_ALONGSIDE|STEPPED_DOWN_FROM|CHAIRMAN_OF|CEO_OF|FOUNDED|CO_FOUNDED|CLOSE_AIDE_OF]->(other:Entity)
RETURN person.name AS who,
       type(step) AS move,
       other.name AS whom,
       coalesce(step.role, step.role_ja, step.position) AS role,
       step.year AS year,
       step.quote AS quote,
       step.note AS inference,
       person, step, other
ORDER BY CASE move
           WHEN 'FOUNDED' THEN 0 WHEN 'CO_FOUNDED' THEN 1 WHEN 'CLOSE_AIDE_OF' THEN 2
           WHEN 'STEPPED_DOWN_FROM' THEN 3 WHEN 'BROUGHT_BACK' THEN 4 WHEN 'APPOINTED' THEN 5
           WHEN 'LEADS_ALONGSIDE' THEN 6 ELSE 7 END, who, whom

// title: Who works with whom
// description: Partnerships and working links the article reports, with how (via), for what (goal) and where (markets), the quote, and the note where the link is our inference.
// tags: partnerships, companies, people
// needs: labels Entity | types PARTNERS_WITH
MATCH (a:Entity)-[tie:PARTNERS_WITH|LEADS_ALONGSIDE]->(b:Entity)
RETURN a.name AS who,
       type(tie) AS link,
       b.name AS withWhom,
       tie.via AS via,
       tie.goal AS goal,
       tie.markets AS markets,
       tie.quote AS quote,
       tie.note AS inference,
       a, tie, b
ORDER BY who, withWhom

// title: Claims kept in the article's own words
// description: Judgements the article reports rather than facts it establishes (rankings, significance, sentiment, reported plans, assessments: every relationship marked as a claim), each in the article's Japanese wording, so they can be attributed rather than repeated.
// tags: fact-check, claims
// needs: labels Entity, Investment
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.significance_ja IS NOT NULL
RETURN a.name AS about, type(r) + ' ' + b.name AS context, r.significance_ja AS claim, r.quote AS quote,
       a AS entity, r AS fact, b AS other
UNION ALL
MATCH (n:Entity)
WHERE n.claim_ja IS NOT NULL OR n.internal_sentiment_ja IS NOT NULL
RETURN n.name AS about,
       CASE WHEN n.claim_ja IS NOT NULL THEN 'claim' ELSE 'internal sentiment' END AS context,
       coalesce(n.claim_ja, n.internal_sentiment_ja) AS claim,
       null AS quote,
       n AS entity, null AS fact, null AS other
UNION ALL
// Relationships marked as a claim, an assessment or a plan (graph/50-claims.cypher): the claim is the quote itself.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.claim IS NOT NULL AND r.significance_ja IS NULL
RETURN a.name AS about, type(r) + ' ' + b.name + ' (' + r.claim + ')' AS context, r.quote AS claim, r.quote AS quote,
       a AS entity, r AS fact, b AS other

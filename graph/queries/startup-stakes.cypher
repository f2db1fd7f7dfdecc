// title: Startup stakes and the partnerships that come with them
// description: The companies an investor buys into and, where the article says so, how it also works with them (for Alibaba: through its own cloud platform). The amount column is empty where the article gives no amount.
// param: investor | entity | default alibaba | example Alibaba Group | The investing company: its name in any language or its slug
// tags: money, investments, startups
// needs: labels Entity, Investment, Company | types INVESTS
MATCH (investorNode:Entity)-[invests:INVESTS]->(stake:Investment)-[into:IN]->(investee:Company)
WHERE elementId(investorNode) = $investor
OPTIONAL MATCH (investorNode)-[partners:PARTNERS_WITH]-(investee)
RETURN investee.name AS company,
       investee.name_zh AS nameZh,
       stake.purpose AS purpose,
       stake.amount_text_ja AS amountAsWritten,
       partners.via AS partnershipVia,
       invests.quote AS quote,
       investorNode, invests, stake, into, investee, partners
ORDER BY company

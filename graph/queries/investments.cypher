// title: Who invested how much, in what
// description: Every investment the article reports: who puts up the money, what it goes into (or which company it buys into), the amount and currency, the article's own yen conversion and wording, the period, the year a plan runs to (byYear) and how the spending changed against the period before.
// tags: money, investments
// needs: labels Entity, Investment | types INVESTS
MATCH (investorNode:Entity)-[invests:INVESTS]->(investment:Investment)
OPTIONAL MATCH (investment)-[target:FUNDS|IN]->(recipient:Entity)
RETURN investorNode.name AS investor,
       investment.name AS investmentName,
       recipient.name AS goesInto,
       investment.amount AS amount,
       investment.currency AS currency,
       investment.amount_jpy AS amountJpy,
       investment.amount_text_ja AS amountAsWritten,
       coalesce(investment.period, toString(investment.year)) AS period,
       investment.by_year AS byYear,
       investment.change AS change,
       investment.status AS status,
       invests.quote AS quote,
       investorNode, invests, investment, target, recipient
ORDER BY investment.amount_jpy IS NULL, investment.amount_jpy DESC, investor, investmentName

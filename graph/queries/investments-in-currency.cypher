// title: Investments in one currency, above an amount
// description: Investments stated in the given currency (ISO 4217 code, as the article gives it) whose amount is at least the threshold, largest first.
// param: currency | string | default CNY | example USD | ISO 4217 currency code: CNY or USD in this article
// param: minAmount | number | default 0 | example 10000000000 | Smallest amount, in that currency
// tags: money, investments, threshold
// needs: labels Entity, Investment | types INVESTS
MATCH (investorNode:Entity)-[invests:INVESTS]->(investment:Investment)
WHERE investment.currency = toUpper($currency) AND investment.amount >= $minAmount
OPTIONAL MATCH (investment)-[target:FUNDS|IN]->(recipient:Entity)
RETURN investorNode.name AS investor,
       investment.name AS investmentName,
       investment.amount AS amount,
       investment.currency AS currency,
       investment.amount_jpy AS amountJpy,
       recipient.name AS goesInto,
       invests.quote AS quote,
       investorNode, invests, investment, target, recipient
ORDER BY investment.amount DESC

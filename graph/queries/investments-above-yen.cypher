// title: Investments worth more than a yen amount
// description: Investments whose value, in the article's own yen conversion, is at least the threshold; the one fair way to compare yuan and dollar amounts the article gives.
// param: minYen | number | default 1000000000000 | example 5000000000000 | Smallest value in yen (1 trillion yen = 1000000000000)
// tags: money, investments, threshold
// needs: labels Entity, Investment | types INVESTS
MATCH (investorNode:Entity)-[invests:INVESTS]->(investment:Investment)
WHERE investment.amount_jpy >= $minYen
OPTIONAL MATCH (investment)-[target:FUNDS|IN]->(recipient:Entity)
RETURN investorNode.name AS investor,
       investment.name AS investmentName,
       recipient.name AS goesInto,
       investment.amount_jpy AS amountJpy,
       investment.amount AS amount,
       investment.currency AS currency,
       investment.amount_text_ja AS amountAsWritten,
       invests.quote AS quote,
       investorNode, invests, investment, target, recipient
ORDER BY investment.amount_jpy DESC

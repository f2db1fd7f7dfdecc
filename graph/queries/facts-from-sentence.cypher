// title: Every fact resting on one sentence
// description: Each relationship whose quote contains the given text (a piece of an article sentence, in Japanese), to check everything the graph derives from that one sentence.
// param: quote | string | default 米国政府はNVIDIA製 | example 蔡崇信を董事会主席に呼び戻し | A substring of the quote, exactly as in the article
// tags: sources, quotes, fact-check
// needs: labels Entity
MATCH (a:Entity)-[fact]->(b:Entity)
WHERE fact.quote CONTAINS $quote
RETURN a.name AS subject,
       type(fact) AS relationship,
       b.name AS object,
       fact.quote AS quote,
       fact.source AS source,
       fact.note AS note,
       a, fact, b
ORDER BY subject, relationship, object

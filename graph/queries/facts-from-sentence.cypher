// title: Every fact resting on one sentence
// description: Paste a sentence of the article (or any part of it, with or without its punctuation): every relationship whose quote lies inside it, or contains it. Punctuation and blanks are ignored on both sides.
// param: quote | string | default 2024年初めにはAppleが中国市場向けのiPhoneにAI機能を導入するにあたり、Qwenをパートナーとして選定したことが明らかになった。 | example 蔡崇信を董事会主席に呼び戻し | A sentence of the article, or a part of it
// tags: sources, quotes, fact-check
// needs: labels Entity
WITH ['。', '、', '，', '．', '！', '？', '「', '」', '『', '』', '(', ')', '（', '）', '・', ',', '.', '!', '?', '"', ' ', '　', '\n', '\t'] AS marks
// Both sides lose punctuation and blanks, so 。 at the end of a pasted sentence (or a missing 、) changes nothing.
WITH marks, reduce(s = $quote, p IN marks | replace(s, p, '')) AS text
WHERE text <> ''
MATCH (a:Entity)-[fact]->(b:Entity)
WHERE fact.quote IS NOT NULL
WITH a, fact, b, text, reduce(s = fact.quote, p IN marks | replace(s, p, '')) AS quoted
WHERE quoted <> '' AND (quoted CONTAINS text OR text CONTAINS quoted)
RETURN a.name AS subject,
       type(fact) AS relationship,
       b.name AS object,
       fact.quote AS quote,
       fact.source AS source,
       fact.note AS note,
       a, fact, b
ORDER BY subject, relationship, object

// Schema for the sourced knowledge graph.
// These statements run one by one, outside the data transaction.

// Every entity (all nodes but :Source) carries a unique, readable kebab-case id.
CREATE CONSTRAINT entity_id_unique IF NOT EXISTS
FOR (n:Entity) REQUIRE n.id IS UNIQUE;

// Every source document carries a unique id.
CREATE CONSTRAINT source_id_unique IF NOT EXISTS
FOR (s:Source) REQUIRE s.id IS UNIQUE;

// Full-text search over names in English, Japanese and Chinese and over all aliases.
// aliases_text is the aliases list joined by ' | ' (full-text over list properties is not reliable).
// The CJK analyzer indexes Han/Kana as bigrams and Latin words lower-cased, so that
// '馬雲', 'ジャック・マー' and 'jack ma' all find Jack Ma.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Entity) ON EACH [n.name, n.name_ja, n.name_zh, n.aliases_text]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};

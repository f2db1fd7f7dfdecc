// Cypher of the source reader: the sources, a source's text (kept by the loader) and the facts quoting it.

/** Every :Source, and whether the loader kept its text (graphs with a sources/ folder). */
export const SOURCE_LIST = `
MATCH (s:Source)
OPTIONAL MATCH (m:ExplorerMeta {key: 'source-text:' + s.id})
RETURN s, m IS NOT NULL AS hasText
ORDER BY s.id`;

export const SOURCE_WITH_TEXT = `
MATCH (s:Source {id: $id})
OPTIONAL MATCH (m:ExplorerMeta {key: 'source-text:' + s.id})
RETURN s, m.text AS text
LIMIT 1`;

/** The facts resting on a source, with the places the loader found for their quotes. */
export const SOURCE_FACTS = `
MATCH (a)-[r]->(b)
WHERE r.source = $id AND r.quote IS NOT NULL
RETURN elementId(r) AS id, type(r) AS type, elementId(a) AS from, elementId(b) AS to,
       coalesce(a.name, a.name_ja, a.name_zh, a.title, a.id, '') AS fromName,
       coalesce(b.name, b.name_ja, b.name_zh, b.title, b.id, '') AS toName,
       r.quote AS quote, r.note AS note, r.claim AS claim, coalesce(r.quote_at, []) AS at
ORDER BY coalesce(r.quote_at[0], -1), type(r), fromName, toName`;

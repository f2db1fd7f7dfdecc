// Cypher of the source step of a load: the texts (hidden :ExplorerMeta nodes) and the quote places on relationships.

/** One hidden node per source text; the explorer's views leave :ExplorerMeta out. */
export const STORE_SOURCE_TEXTS = `
UNWIND $texts AS t
MERGE (m:ExplorerMeta {key: 'source-text:' + t.id})
SET m.source = t.id, m.file = t.file, m.text = t.text`;

export const QUOTES_OF_SOURCES = `
MATCH ()-[r]->() WHERE r.quote IS NOT NULL AND r.source IN $ids
RETURN DISTINCT r.source AS source, r.quote AS quote`;

export const SET_QUOTE_PLACES = `
UNWIND $places AS p
MATCH ()-[r]->() WHERE r.source = p.source AND r.quote = p.quote
SET r.quote_at = p.at`;

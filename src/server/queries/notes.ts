// Cypher that checks a note's target exists in the explored graph: reads only, parameterised.

/** A node named by its key: its element id. */
export const NODE_EXISTS_BY_ELEMENT_ID = `MATCH (n) WHERE elementId(n) = $id RETURN count(n) > 0 AS found`;

/** A node named by its key: its slug (the `id` property, any label). */
export const NODE_EXISTS_BY_SLUG = `MATCH (n) WHERE n.id = $id RETURN count(n) > 0 AS found`;

export const RELATIONSHIP_EXISTS = `MATCH ()-[r]->() WHERE elementId(r) = $id RETURN count(r) > 0 AS found`;

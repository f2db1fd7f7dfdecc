// Derived properties, computed after all entities exist.

// aliases_text: all aliases joined by ' | ', indexed by the entity_names full-text index
// (full-text indexing of list properties is not reliable).
MATCH (n:Entity)
SET n.aliases_text = reduce(acc = '', a IN coalesce(n.aliases, []) | CASE acc WHEN '' THEN a ELSE acc + ' | ' + a END);

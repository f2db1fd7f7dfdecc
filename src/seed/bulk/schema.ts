// The schema of graph/00-schema.cypher, split so the constraints come first and the full-text index after the entities.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { isSchemaStatement } from "../schema-statement.ts";
import { splitStatements } from "../split-statements.ts";

export interface BulkSchema {
  /** Constraints: their indexes make the relationship phase's id look-ups fast, and they refuse duplicate ids. */
  before: string[];
  /** The full-text index: filled once from the loaded entities instead of on every entity commit. */
  afterEntities: string[];
}

export async function bulkSchema(root: string): Promise<BulkSchema> {
  const source = await readFile(join(root, "graph", "00-schema.cypher"), "utf8");
  const statements = splitStatements(source)
    .statements.map((s) => s.text)
    .filter(isSchemaStatement);
  const fulltext = (s: string) => /^\s*CREATE\s+FULLTEXT\b/i.test(s);
  return { before: statements.filter((s) => !fulltext(s)), afterEntities: statements.filter(fulltext) };
}

/** The index and constraint names the schema statements create (each is named, so a rerun finds them). */
export function schemaNames(schema: BulkSchema): Set<string> {
  const names = [...schema.before, ...schema.afterEntities].map(
    (s) => /^\s*CREATE\s+(?:\w+\s+)?(?:CONSTRAINT|INDEX)\s+(\w+)/i.exec(s)?.[1],
  );
  return new Set(names.filter((n): n is string => n !== undefined));
}

// Recognises index and constraint commands, which Neo4j refuses to mix with data writes in one transaction.
import { leadingWords } from "../server/cypher-text/lexer.ts";

const INDEX_KINDS = new Set(["FULLTEXT", "RANGE", "TEXT", "POINT", "VECTOR", "LOOKUP", "BTREE"]);

export function isSchemaStatement(text: string): boolean {
  const [verb, second, third] = leadingWords(text, 3);
  if (verb !== "CREATE" && verb !== "DROP") return false;
  if (second === "INDEX" || second === "CONSTRAINT") return true;
  return second !== undefined && INDEX_KINDS.has(second) && third === "INDEX";
}

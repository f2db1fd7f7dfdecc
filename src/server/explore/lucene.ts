// Turns a user's search text into a Lucene query where every character is escaped, with prefix and fuzzy terms.
import { searchTerms } from "../../shared/index.ts";

/** Every character Lucene's query parser treats as syntax; `&&`/`||` are covered by escaping & and |. */
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function escapeLucene(text: string): string {
  return text.replace(SPECIAL, "\\$&");
}

/** The shared term rule (shared/entity.ts); CJK text is left to the cjk analyzer's bigrams. */
export function toLuceneQuery(text: string): string {
  const clauses = searchTerms(text).map(({ text: token, latin, fuzzy }) => {
    if (!latin) return `(${escapeLucene(token)})`;
    // Lower case: wildcard and fuzzy terms bypass the analyzer, and a bare AND/OR/NOT would be an operator.
    const lower = escapeLucene(token.toLowerCase());
    return `(${lower}^3 OR ${lower}*${fuzzy ? ` OR ${lower}~1` : ""})`;
  });
  return clauses.join(" AND ");
}

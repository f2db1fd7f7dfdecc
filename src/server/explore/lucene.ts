// Turns a user's search text into a Lucene query where every character is escaped, with prefix and fuzzy terms.

/** Every character Lucene's query parser treats as syntax; `&&`/`||` are covered by escaping & and |. */
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function escapeLucene(text: string): string {
  return text.replace(SPECIAL, "\\$&");
}

/** Latin-script tokens get prefix and fuzzy variants; CJK text is left to the cjk analyzer's bigrams. */
const LATIN = /^[\p{Script=Latin}\p{N}'._-]+$/u;

export function toLuceneQuery(text: string): string {
  const tokens = text.trim().split(/\s+/).filter(Boolean).slice(0, 12);
  const clauses = tokens.map((token) => {
    if (!LATIN.test(token)) return `(${escapeLucene(token)})`;
    // Lower case: wildcard and fuzzy terms bypass the analyzer, and a bare AND/OR/NOT would be an operator.
    const lower = escapeLucene(token.toLowerCase());
    const fuzzy = token.length >= 3 ? ` OR ${lower}~1` : "";
    return `(${lower}^3 OR ${lower}*${fuzzy})`;
  });
  return clauses.join(" AND ");
}

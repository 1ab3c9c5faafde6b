/**
 * Turns user text into a Lucene query for the full-text index. Every Lucene operator in the input is escaped, so
 * text can only ever be terms: "PF-06463922" or "MET amp" search, `name:*` or `a OR b` do not become syntax.
 * Each term matches exactly or as a prefix; all terms must match.
 */
const SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

export function luceneQuery(text: string): string {
  const terms = text
    .trim()
    .split(/\s+/)
    .map((term) => term.replace(SPECIAL, (ch) => `\\${ch}`).toLowerCase())
    .filter((term) => term.length > 0 && !/^(and|or|not)$/.test(term));
  return terms.map((term) => `(${term} OR ${term}*)`).join(" AND ");
}

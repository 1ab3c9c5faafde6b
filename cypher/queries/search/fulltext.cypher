// search/fulltext: entities whose name, synonyms or codes match a Lucene query, best first.
// Parameters: $query (a Lucene query built from escaped user terms), $limit.
// Returns: { node, labels, score }.
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $limit})
YIELD node, score
RETURN properties(node) AS node, labels(node) AS labels, score
ORDER BY score DESC, node.id

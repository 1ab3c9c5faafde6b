// search/fulltext: entities whose name, synonyms or codes match a Lucene query, best first.
// Parameters: $query (a Lucene query built from escaped user terms), $limit.
// Returns: { node, labels, score }.
// Browser: runs as is once its parameters are set (:param lines below).
// In Neo4j Browser: :param query => 'lorlatinib'; :param limit => 10;
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $limit})
YIELD node, score
RETURN properties(node) AS node, labels(node) AS labels, score
ORDER BY score DESC, node.id

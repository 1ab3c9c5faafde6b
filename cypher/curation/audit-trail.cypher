// Curation: the audit history of one entity (node id or claim key), newest first.
// Parameters: $id, $limit. Returns rows { event: map of AuditEvent properties }.
// Browser: runs as is once its parameters are set (:param lines below).
// In Neo4j Browser: :param id => 'lorlatinib'; :param limit => 20;
MATCH (a:AuditEvent)
WHERE a.entity = $id OR $id IN a.subjects
RETURN properties(a) AS event
ORDER BY a.at DESC, a.id
LIMIT $limit

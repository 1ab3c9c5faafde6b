// Curation: record who changed what, on which evidence, linked to the node it touched. Runs in the same
// transaction as the change, so a write without its audit event (or the reverse) cannot exist.
// Parameters: $nodeId, $event (map of AuditEvent properties). Label from the allow-list.
// Returns one row { id } (none if the node is missing, which the caller treats as a failure).
// Browser: template — the server fills its slots (labels, types, bounds) from the allow-list; replace them first.
// In Neo4j Browser: :param nodeId => 'lorlatinib'; :param event => {id: 'example', at: '2026-01-01T00:00:00Z', operation: 'example'};
MATCH (n:{{label}} {id: $nodeId})
CREATE (a:AuditEvent)-[:CHANGED]->(n)
SET a = $event
RETURN a.id AS id

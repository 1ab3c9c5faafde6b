// synthetic/delete-relationships-batch: removes up to $limit relationships of synthetic nodes of one label whose id
// starts with $prefix. Run before synthetic/delete-batch, so that a batch of nodes carries no relationships: a batch
// of 5,000 hubs of the 700× graph, deleted with its relationships, would hold more than a transaction may
// (dbms.memory.transaction.total.max). Every synthetic relationship has a synthetic end, and curated nodes (origin
// 'data') never match, so curated relationships are never touched.
// Parameters: $prefix, $limit. Slot: {{label}}. Returns: { deleted }.
// Browser: template — the server fills its slots (labels, types, bounds) from the allow-list; replace them first.
// In Neo4j Browser: :param prefix => 'syn-'; :param limit => 5000;
MATCH (n:{{label}})-[r]-()
WHERE n.id STARTS WITH $prefix AND n.origin = 'synthetic'
WITH DISTINCT r
LIMIT $limit
DELETE r
RETURN count(*) AS deleted

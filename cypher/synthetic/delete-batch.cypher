// synthetic/delete-batch: removes up to $limit synthetic nodes of one label whose id starts with $prefix, with their
// relationships (every synthetic relationship has a synthetic end, so nothing else is left behind). Curated nodes
// (origin 'data') never match. The id prefix is a seek on the label's uniqueness index.
// Parameters: $prefix, $limit. Slot: {{label}}. Returns: { deleted }.
// Browser: template — the server fills its slots (labels, types, bounds) from the allow-list; replace them first.
// In Neo4j Browser: :param prefix => 'syn-'; :param limit => 5000;
MATCH (n:{{label}})
WHERE n.id STARTS WITH $prefix AND n.origin = 'synthetic'
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted

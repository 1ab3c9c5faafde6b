// nodes/by-ids: nodes of one label by id, for a batch of ids (evidence sources, parents of edges).
// Parameters: $ids. Slot: {{label}}. Returns: { id, node, labels } for each id that exists.
// Browser: template — the server fills its slots (labels, types, bounds) from the allow-list; replace them first.
// In Neo4j Browser: :param ids => ['lorlatinib', 'alectinib'];
UNWIND $ids AS id
MATCH (n:{{label}} {id: id})
RETURN id, properties(n) AS node, labels(n) AS labels

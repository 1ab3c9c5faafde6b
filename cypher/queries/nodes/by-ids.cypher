// nodes/by-ids: nodes of one label by id, for a batch of ids (evidence sources, parents of edges).
// Parameters: $ids. Slot: {{label}}. Returns: { id, node, labels } for each id that exists.
UNWIND $ids AS id
MATCH (n:{{label}} {id: id})
RETURN id, properties(n) AS node, labels(n) AS labels

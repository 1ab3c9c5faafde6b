// reasoning/names: the names of every variant, mechanism, drug and regimen, to suggest close matches when a
// finding or a therapy is not in the graph. Read only on that error path.
// Parameters: $labels (a subset of ['Variant', 'ResistanceMechanism', 'Drug', 'Regimen']).
// Returns: { name, keys } per node (keys = nameKey and aliasKeys).
// Browser: runs as is once its parameters are set (:param lines below).
// In Neo4j Browser: :param labels => ['Variant', 'ResistanceMechanism'];
MATCH (n)
WHERE any(l IN labels(n) WHERE l IN $labels)
RETURN n.name AS name, [n.nameKey] + coalesce(n.aliasKeys, []) AS keys
ORDER BY name

// paths/resolve-refs: the nodes a path or neighbourhood question starts from, by id or by name within a kind.
// Parameters: $refs = [{ref, id, label, keys}] (id, or label + normalised name keys; one of the two).
// Returns: { ref, node, labels } per ref that matched (the first by id, else by exact name key).
// In Neo4j Browser: :param refs => [{ref: 'a', id: 'lorlatinib', label: null, keys: []}];
UNWIND $refs AS r
CALL (r) {
  MATCH (n)
  WHERE NOT n:Dataset AND ((r.id IS NOT NULL AND n.id = r.id)
     OR (r.label IN labels(n) AND (n.nameKey IN r.keys OR any(k IN r.keys WHERE k IN n.aliasKeys))))
  WITH n ORDER BY CASE WHEN n.id = r.id THEN 0 WHEN n.nameKey IN r.keys THEN 1 ELSE 2 END, n.id
  LIMIT 1
  RETURN n
}
RETURN r.ref AS ref, properties(n) AS node, labels(n) AS labels

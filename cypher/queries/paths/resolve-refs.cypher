// paths/resolve-refs: the nodes a path or neighbourhood question starts from, by id or by name within a kind.
// Both go through indexes on the Entity label: the id through its uniqueness constraint, the name through the
// TEXT index on `keysText` (CONTAINS "|key|").
// Parameters: $refs = [{ref, id, label, keys, needles}] (id, or label + normalised name keys and their needles).
// Returns: { ref, node, labels } per ref that matched (the first by id, else by exact name key, else by alias).
// In Neo4j Browser: :param refs => [{ref: 'a', id: 'lorlatinib', label: null, keys: [], needles: []}];
// Browser: runs as is once its parameters are set (:param lines below).
UNWIND $refs AS r
CALL (r) {
  MATCH (n:Entity {id: r.id})
  RETURN n, 0 AS rank
  UNION
  UNWIND r.needles AS needle
  MATCH (n:Entity)
  WHERE n.keysText CONTAINS needle AND r.label IN labels(n)
  RETURN n, CASE WHEN n.nameKey IN r.keys THEN 1 ELSE 2 END AS rank
}
WITH r, n, rank
ORDER BY rank, n.id
WITH r, head(collect(n)) AS n
RETURN r.ref AS ref, properties(n) AS node, labels(n) AS labels

// related/edges-in: the incoming edges of one relationship kind for a batch of nodes (the reverse direction).
// One round trip serves a whole list level of a GraphQL selection (DataLoader batches the ids).
// Parameters: $ids (target ids), $limit (edges per node), $activity (list of activity classes, or null),
// $level (evidence level, or null).
// Slots (allow-listed): {{fromLabel}} (the nodes in $ids), {{toLabel}} (the other end), {{type}}.
// Returns: one row per id that has edges: { id, edges: [{ rel, type, node, labels }] }.
// Browser: template — the server fills its slots (labels, types, bounds) from the allow-list; replace them first.
// In Neo4j Browser: :param ids => ['lorlatinib']; :param limit => 20; :param activity => null; :param level => null;
UNWIND $ids AS id
MATCH (s:{{fromLabel}} {id: id})
CALL (s) {
  MATCH (s)<-[r:{{type}}]-(t:{{toLabel}})
  WHERE ($activity IS NULL OR r.activity IN $activity) AND ($level IS NULL OR r.evidenceLevel = $level)
  RETURN r, t
  ORDER BY t.id, r.key
  LIMIT $limit
}
RETURN id, collect({rel: properties(r), type: type(r), node: properties(t), labels: labels(t)}) AS edges

// related/edges-in: the incoming edges of one relationship kind for a batch of nodes (the reverse direction).
// One round trip serves a whole list level of a GraphQL selection (DataLoader batches the ids).
// Parameters: $ids (target ids), $limit (edges per node), $activity (list of activity classes, or null),
// $level (evidence level, or null).
// Slots (allow-listed): {{fromLabel}} (the nodes in $ids), {{toLabel}} (the other end), {{type}}.
// Returns: one row per id that has edges: { id, edges: [{ rel, type, node, labels }] }.
// Order: by the other end's id, then the relationship's key. A hub is not sorted whole: when the node has more
// such relationships than √($limit × nodes of {{toLabel}}), the page is read by walking {{toLabel}}'s id index
// (its uniqueness constraint) in order and checking each node for the relationship (Expand Into from the small
// side), which stops after $limit edges: about $limit × nodes / degree entries, fewer than the degree. Both ways
// give the same page; a selective filter ($level, $activity) on a hub makes the walk longer, never the answer
// different.
// Browser: template — the server fills its slots (labels, types, bounds) from the allow-list; replace them first.
// In Neo4j Browser: :param ids => ['lorlatinib']; :param limit => 20; :param activity => null; :param level => null;
UNWIND $ids AS id
MATCH (s:{{fromLabel}} {id: id})
WITH id, s, COUNT { (s)<-[:{{type}}]-() } ^ 2 > $limit * COUNT { (:{{toLabel}}) } AS hub
CALL (s, hub) {
  UNWIND CASE WHEN hub THEN [] ELSE [s] END AS x
  CALL (x) {
    MATCH (x)<-[r:{{type}}]-(t:{{toLabel}})
    WHERE ($activity IS NULL OR r.activity IN $activity) AND ($level IS NULL OR r.evidenceLevel = $level)
    RETURN r, t
    ORDER BY t.id, r.key
    LIMIT $limit
  }
  RETURN r, t
  UNION ALL
  UNWIND CASE WHEN hub THEN [s] ELSE [] END AS x
  CALL (x) {
    MATCH (t:{{toLabel}}) USING INDEX t:{{toLabel}}(id) WHERE t.id IS NOT NULL
    MATCH (x)<-[r:{{type}}]-(t)
    WHERE ($activity IS NULL OR r.activity IN $activity) AND ($level IS NULL OR r.evidenceLevel = $level)
    RETURN r, t
    ORDER BY t.id, r.key
    LIMIT $limit
  }
  RETURN r, t
}
RETURN id, collect({rel: properties(r), type: type(r), node: properties(t), labels: labels(t)}) AS edges

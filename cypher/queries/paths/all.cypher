// paths/all: the shortest few paths between two nodes, no node visited twice, shortest first (then by node ids and
// relationship keys).
// Bounded on hubs: paths are enumerated one length at a time, and a longer length only while the shorter ones have
// not filled $limit, so a question answered by short paths never enumerates the long ones through a hub.
// Parameters: $from, $to (node ids), $limit, $maxHops (1..4, validated by the server: the number of paths grows
// fast with length). Slot: {{types}} (allow-listed relationship types).
// Returns: { nodes: [{node, labels}], rels: [{type, from, to, props}] } per path.
// Browser: template — the server fills its slots (labels, types, bounds) from the allow-list; replace them first.
// In Neo4j Browser, replace {{types}}, e.g. with CONFERS_RESISTANCE_TO|SENSITIVE_TO|TESTS, and
// :param from => 'ALK-G1202R'; :param to => 'lorlatinib'; :param limit => 5; :param maxHops => 3;
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
CALL (a, b) {
  MATCH p = (a)-[:{{types}}]-(b)
  RETURN collect(p) AS length1
}
CALL (a, b, length1) {
  UNWIND CASE WHEN $maxHops >= 2 AND size(length1) < $limit THEN [2] ELSE [] END AS hops
  MATCH p = (a)-[:{{types}}*2..2]-(b)
  WHERE all(i IN range(0, size(nodes(p)) - 2) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
  WITH collect(p) AS more
  RETURN length1 + more AS length2
}
CALL (a, b, length2) {
  UNWIND CASE WHEN $maxHops >= 3 AND size(length2) < $limit THEN [3] ELSE [] END AS hops
  MATCH p = (a)-[:{{types}}*3..3]-(b)
  WHERE all(i IN range(0, size(nodes(p)) - 2) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
  WITH collect(p) AS more
  RETURN length2 + more AS length3
}
CALL (a, b, length3) {
  UNWIND CASE WHEN $maxHops >= 4 AND size(length3) < $limit THEN [4] ELSE [] END AS hops
  MATCH p = (a)-[:{{types}}*4..4]-(b)
  WHERE all(i IN range(0, size(nodes(p)) - 2) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
  WITH collect(p) AS more
  RETURN length3 + more AS length4
}
UNWIND length4 AS p
WITH p ORDER BY length(p), [n IN nodes(p) | n.id], [r IN relationships(p) | r.key]
LIMIT $limit
RETURN [n IN nodes(p) | {node: properties(n), labels: labels(n)}] AS nodes,
       [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r)}] AS rels

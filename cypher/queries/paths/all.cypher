// paths/all: the shortest few paths between two nodes, no node visited twice, shortest first.
// Parameters: $from, $to (node ids), $limit. Slots: {{types}} (allow-listed relationship types), {{maxHops}}
// (an integer validated by the server, 1..4: the number of paths grows fast with length).
// Returns: { nodes: [{node, labels}], rels: [{type, from, to, props}] } per path.
// In Neo4j Browser, replace the slots, e.g. [:CONFERS_RESISTANCE_TO|SENSITIVE_TO|TESTS*1..3], and
// :param from => 'ALK-G1202R'; :param to => 'lorlatinib'; :param limit => 5;
// Browser: template — the server fills its slots (labels, types, bounds) from the allow-list; replace them first.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = (a)-[:{{types}}*1..{{maxHops}}]-(b)
WHERE all(i IN range(0, size(nodes(p)) - 2) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
WITH p ORDER BY length(p), [n IN nodes(p) | n.id], [r IN relationships(p) | r.key]
LIMIT $limit
RETURN [n IN nodes(p) | {node: properties(n), labels: labels(n)}] AS nodes,
       [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r)}] AS rels

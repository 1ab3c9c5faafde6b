// paths/shortest: one shortest path between two nodes, in either direction along each relationship.
// Parameters: $from, $to (node ids). Slots: {{types}} (allow-listed relationship types), {{maxHops}} (an integer
// validated by the server, 1..8: Cypher cannot take a variable-length bound as a parameter).
// Returns at most one row: { nodes: [{node, labels}], rels: [{type, from, to, props}] }.
// In Neo4j Browser, replace the slots, e.g. [:TARGETS|VARIANT_OF|CONFERS_RESISTANCE_TO*..6], and
// :param from => 'ALK-G1202R'; :param to => 'NCT03052608';
// Browser: template — the server fills its slots (labels, types, bounds) from the allow-list; replace them first.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[:{{types}}*..{{maxHops}}]-(b))
RETURN [n IN nodes(p) | {node: properties(n), labels: labels(n)}] AS nodes,
       [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r)}] AS rels

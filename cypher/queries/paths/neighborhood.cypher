// paths/neighborhood: the subgraph around a node: every node within {{depth}} hops (nearest first, then by id,
// at most $limit of them) and the relationships among those nodes (at most $edgeLimit).
// Parameters: $id, $limit, $edgeLimit. Slot: {{depth}} (an integer validated by the server, 1..3).
// Returns one row: { nodes: [{node, labels, distance}], edges: [{type, from, to, props}] }, or none for an unknown id.
// In Neo4j Browser, replace {{depth}} with 1, 2 or 3, and :param id => 'met-amplification'; :param limit => 50;
// :param edgeLimit => 500;
// Browser: template — the server fills its slots (labels, types, bounds) from the allow-list; replace them first.
MATCH (s:Entity {id: $id})
MATCH p = ANY SHORTEST (s)-[]-{0,{{depth}}}(m)
WITH m, length(p) AS distance
ORDER BY distance, m.id
LIMIT $limit
WITH collect({node: properties(m), labels: labels(m), distance: distance}) AS nodes, collect(m) AS members
RETURN nodes, COLLECT {
  MATCH (a)-[r]->(b) WHERE a IN members AND b IN members
  WITH a, r, b ORDER BY a.id, type(r), b.id, r.key
  LIMIT $edgeLimit
  RETURN {type: type(r), from: a.id, to: b.id, props: properties(r)}
} AS edges

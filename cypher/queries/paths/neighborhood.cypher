// paths/neighborhood: the subgraph around a node: the nodes within $depth hops (nearest first, then by id, at most
// $limit of them) and the relationships among those nodes (at most $edgeLimit).
// Bounded fan-out: each node is followed to at most $fanOut of its neighbours, the smallest ids first, and a hop
// expands only the nodes the answer keeps (nearest first, so a node past $limit could never add a nearer one), and
// only while the answer has room: once the nearer hops fill $limit, the farther ones are not read at all.
// A hub is never read whole: below sqrt($fanOut × entities) relationships a node's neighbours are read and sorted;
// above it, the Entity id index is walked in order and each entry is checked for a relationship to the hub
// (about $fanOut × entities / degree entries, fewer than the degree), which stops at $fanOut. Both give the same
// neighbours. A node's distance is its hop along the relationships followed (its true distance unless a nearer
// route was cut by $fanOut). Edges among the nodes: a hub is checked against each node (Expand Into), not expanded.
// Parameters: $id, $depth (1..3), $limit, $fanOut, $edgeLimit.
// Returns one row: { nodes: [{node, labels, distance}], edges: [{type, from, to, props}] }, or none for an unknown id.
// Browser: runs as is once its parameters are set (:param lines below).
// In Neo4j Browser: :param id => 'met-amplification'; :param depth => 1; :param limit => 50; :param fanOut => 100;
// :param edgeLimit => 500;
MATCH (s:Entity {id: $id})
WITH s, toInteger(sqrt(toFloat($fanOut) * COUNT { (:Entity) })) AS hub
CALL (s, hub) {
  WITH [x IN CASE WHEN $depth >= 1 AND $limit > 1 THEN [s] ELSE [] END | {x: x, dense: COUNT { (x)--() } > hub}] AS frontier
  CALL (frontier, s) {
    UNWIND [f IN frontier WHERE NOT f.dense | f.x] AS x
    CALL (x, s) {
      MATCH (x)--(m:Entity) WHERE m <> s
      WITH DISTINCT m ORDER BY m.id LIMIT $fanOut
      RETURN m
    }
    RETURN m
    UNION
    UNWIND [f IN frontier WHERE f.dense | f.x] AS x
    CALL (x, s) {
      MATCH (m:Entity) USING INDEX m:Entity(id)
      WHERE m.id IS NOT NULL AND m <> s AND EXISTS { (x)--(m) }
      WITH m ORDER BY m.id LIMIT $fanOut
      RETURN m
    }
    RETURN m
  }
  WITH DISTINCT m ORDER BY m.id
  WITH collect(m) AS next
  RETURN next[..$limit - 1] AS hop1
}
CALL (s, hub, hop1) {
  WITH [x IN CASE WHEN $depth >= 2 AND size(hop1) < $limit - 1 THEN hop1 ELSE [] END |
    {x: x, dense: COUNT { (x)--() } > hub}] AS frontier
  CALL (frontier, s, hop1) {
    UNWIND [f IN frontier WHERE NOT f.dense | f.x] AS x
    CALL (x, s, hop1) {
      MATCH (x)--(m:Entity) WHERE m <> s AND NOT m IN hop1
      WITH DISTINCT m ORDER BY m.id LIMIT $fanOut
      RETURN m
    }
    RETURN m
    UNION
    UNWIND [f IN frontier WHERE f.dense | f.x] AS x
    CALL (x, s, hop1) {
      MATCH (m:Entity) USING INDEX m:Entity(id)
      WHERE m.id IS NOT NULL AND m <> s AND NOT m IN hop1 AND EXISTS { (x)--(m) }
      WITH m ORDER BY m.id LIMIT $fanOut
      RETURN m
    }
    RETURN m
  }
  WITH DISTINCT m ORDER BY m.id
  WITH collect(m) AS next
  RETURN next[..$limit - 1 - size(hop1)] AS hop2
}
CALL (s, hub, hop1, hop2) {
  WITH [x IN CASE WHEN $depth >= 3 AND size(hop1) + size(hop2) < $limit - 1 THEN hop2 ELSE [] END |
    {x: x, dense: COUNT { (x)--() } > hub}] AS frontier
  CALL (frontier, s, hop1, hop2) {
    UNWIND [f IN frontier WHERE NOT f.dense | f.x] AS x
    CALL (x, s, hop1, hop2) {
      MATCH (x)--(m:Entity) WHERE m <> s AND NOT m IN hop1 AND NOT m IN hop2
      WITH DISTINCT m ORDER BY m.id LIMIT $fanOut
      RETURN m
    }
    RETURN m
    UNION
    UNWIND [f IN frontier WHERE f.dense | f.x] AS x
    CALL (x, s, hop1, hop2) {
      MATCH (m:Entity) USING INDEX m:Entity(id)
      WHERE m.id IS NOT NULL AND m <> s AND NOT m IN hop1 AND NOT m IN hop2 AND EXISTS { (x)--(m) }
      WITH m ORDER BY m.id LIMIT $fanOut
      RETURN m
    }
    RETURN m
  }
  WITH DISTINCT m ORDER BY m.id
  WITH collect(m) AS next
  RETURN next[..$limit - 1 - size(hop1) - size(hop2)] AS hop3
}
WITH hub, [s] + hop1 + hop2 + hop3 AS members,
     [{m: s, d: 0}] + [m IN hop1 | {m: m, d: 1}] + [m IN hop2 | {m: m, d: 2}] + [m IN hop3 | {m: m, d: 3}] AS found
WITH found, members, [a IN members | {a: a, dense: COUNT { (a)--() } > hub}] AS ends
RETURN [f IN found | {node: properties(f.m), labels: labels(f.m), distance: f.d}] AS nodes, COLLECT {
  CALL (ends, members) {
    UNWIND [e IN ends WHERE NOT e.dense | e.a] AS a
    MATCH (a)-[r]->(b) WHERE b IN members
    RETURN a, r, b
    UNION ALL
    UNWIND [e IN ends WHERE e.dense | e.a] AS a
    UNWIND members AS b
    MATCH (a)-[r]->(b)
    RETURN a, r, b
  }
  WITH a, r, b ORDER BY a.id, type(r), b.id, r.key
  LIMIT $edgeLimit
  RETURN {type: type(r), from: a.id, to: b.id, props: properties(r)}
} AS edges

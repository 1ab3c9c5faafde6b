// paths/shortest: one shortest path between two nodes, in either direction along each relationship, with the
// resolution of its two ends, in one round trip.
// Endpoints: $refs = [{ref: 'from' | 'to', id, label, keys, needles}] (an id, or a kind + normalised name keys and
// their "|key|" needles), resolved in the same statement (the first by id, else by exact name key, else by alias,
// through the Entity id constraint and the keysText TEXT index); `found` lists the refs that matched, so the server
// can name a missing end. The block that resolves them is the same in paths/shortest.cypher and paths/all.cypher
// (test/unit/cypher-paths.test.ts holds them equal). When both ends are ids the server runs paths/shortest-by-id
// instead: the same statement with two id seeks for the ends.
// Parameters: $refs, $entities (every property of each node, for `entity`; else id and names), $claims (every
// property of each relationship, for evidence, activity and IC50; else none). Slots: {{types}} (allow-listed relationship types), {{maxHops}} (an integer validated by the
// server, 1..8: Cypher cannot take a variable-length bound as a parameter).
// Returns one row: { found, fromId, toId, paths: [{ nodes: [{node, labels}], rels: [{type, from, to, props}] }] }, as
// paths/all does (here at most one path: none when no path is within the bound or both ends are the same node).
// In Neo4j Browser, replace the slots, e.g. [:TARGETS|VARIANT_OF|CONFERS_RESISTANCE_TO*..6], and
// :param refs => [{ref: 'from', id: 'ALK-G1202R', label: null, keys: [], needles: []}, {ref: 'to', id: 'NCT03052608', label: null, keys: [], needles: []}]; :param entities => true; :param claims => true;
// Browser: template — the server fills its slots (labels, types, bounds) from the allow-list; replace them first.
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
WITH collect(r.ref) AS found, head([x IN collect([r.ref, n]) WHERE x[0] = 'from' | x[1]]) AS a,
     head([x IN collect([r.ref, n]) WHERE x[0] = 'to' | x[1]]) AS b
OPTIONAL CALL (a, b) {
  WITH a, b
  WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
  MATCH p = shortestPath((a)-[:{{types}}*..{{maxHops}}]-(b))
  RETURN collect({
    nodes: [n IN nodes(p) | {
      node: CASE WHEN $entities THEN properties(n) ELSE n {.id, .name, .fullName, .title} END,
      labels: labels(n)
    }],
    rels: [r IN relationships(p) | {
      type: type(r), from: startNode(r).id, to: endNode(r).id,
      props: CASE WHEN $claims THEN properties(r) ELSE {} END
    }]
  }) AS paths
}
RETURN found, a.id AS fromId, b.id AS toId, coalesce(paths, []) AS paths

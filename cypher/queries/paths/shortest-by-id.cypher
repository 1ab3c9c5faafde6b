// paths/shortest-by-id: paths/shortest when both ends are given by id, the common case (a path between two nodes
// picked in Browser or from an earlier answer): the two ends are two seeks on the Entity id constraint instead of the
// ref resolution, which costs Neo4j about a quarter of the statement (UNWIND, UNION, sort and collect for two rows).
// Everything from `OPTIONAL CALL (a, b)` on is paths/shortest's, line for line (test/unit/cypher-paths.test.ts).
// Parameters: $fromId, $toId, $entities (every property of each node, for `entity`; else id and names), $claims
// (every property of each relationship, for evidence, activity and IC50; else none). Slots: {{types}} (allow-listed
// relationship types), {{maxHops}} (an integer validated by the server, 1..8).
// Returns one row: { found, fromId, toId, paths }, as paths/shortest does.
// Browser: template — the server fills its slots (labels, types, bounds) from the allow-list; replace them first.
// In Neo4j Browser, replace the slots, e.g. [:TARGETS|VARIANT_OF|CONFERS_RESISTANCE_TO*..6], and
// :param fromId => 'ALK-G1202R'; :param toId => 'NCT03052608'; :param entities => true; :param claims => true;
OPTIONAL MATCH (a:Entity {id: $fromId})
OPTIONAL MATCH (b:Entity {id: $toId})
WITH CASE WHEN a IS NULL THEN [] ELSE ['from'] END + CASE WHEN b IS NULL THEN [] ELSE ['to'] END AS found, a, b
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

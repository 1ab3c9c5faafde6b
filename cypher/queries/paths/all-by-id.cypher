// paths/all-by-id: paths/all when both ends are given by id: the two ends are two seeks on the Entity id
// constraint instead of the ref resolution (see paths/shortest-by-id). Everything from `OPTIONAL CALL (a, b)` on is
// paths/all's, line for line (test/unit/cypher-paths.test.ts).
// Parameters: $fromId, $toId, $limit, $maxHops (1..4, validated by the server), $entities (every property of each
// node, for `entity`; else id and names), $claims (every property of each relationship, for evidence, activity and
// IC50; else none). Slot: {{types}} (allow-listed relationship types).
// Returns one row: { found, fromId, toId, paths }, as paths/all does.
// Browser: template — the server fills its slots (labels, types, bounds) from the allow-list; replace them first.
// In Neo4j Browser, replace {{types}}, e.g. with CONFERS_RESISTANCE_TO|SENSITIVE_TO|TESTS, and
// :param fromId => 'ALK-G1202R'; :param toId => 'lorlatinib'; :param limit => 5; :param maxHops => 3;
// :param entities => true; :param claims => true;
OPTIONAL MATCH (a:Entity {id: $fromId})
OPTIONAL MATCH (b:Entity {id: $toId})
WITH CASE WHEN a IS NULL THEN [] ELSE ['from'] END + CASE WHEN b IS NULL THEN [] ELSE ['to'] END AS found, a, b
OPTIONAL CALL (a, b) {
  WITH a, b
  WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
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

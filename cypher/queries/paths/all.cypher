// paths/all: the shortest few paths between two nodes, no node visited twice, shortest first (then by node ids and
// relationship keys), with the resolution of its two ends, in one round trip.
// Endpoints: $refs = [{ref: 'from' | 'to', id, label, keys, needles}] (an id, or a kind + normalised name keys and
// their "|key|" needles), resolved in the same statement (the first by id, else by exact name key, else by alias,
// through the Entity id constraint and the keysText TEXT index); `found` lists the refs that matched, so the server
// can name a missing end. The block that resolves them is the same in paths/shortest.cypher and paths/all.cypher
// (test/unit/cypher-paths.test.ts holds them equal). When both ends are ids the server runs paths/all-by-id
// instead: the same statement with two id seeks for the ends.
// Bounded on hubs: paths are enumerated one length at a time, and a longer length only while the shorter ones have
// not filled $limit, so a question answered by short paths never enumerates the long ones through a hub.
// Parameters: $refs, $limit, $maxHops (1..4, validated by the server: the number of paths grows
// fast with length), $entities (every property of each node, for `entity`; else id and names), $claims (every
// property of each relationship, for evidence, activity and IC50; else none). Slot: {{types}} (allow-listed relationship types).
// Returns one row: { found, fromId, toId, paths: [{ nodes: [{node, labels}], rels: [{type, from, to, props}] }] }.
// Browser: template — the server fills its slots (labels, types, bounds) from the allow-list; replace them first.
// In Neo4j Browser, replace {{types}}, e.g. with CONFERS_RESISTANCE_TO|SENSITIVE_TO|TESTS, and
// :param refs => [{ref: 'from', id: 'ALK-G1202R', label: null, keys: [], needles: []}, {ref: 'to', id: 'lorlatinib', label: null, keys: [], needles: []}];
// :param limit => 5; :param maxHops => 3; :param entities => true; :param claims => true;
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

// nodes/page: one page of a label's nodes, keyset-paginated by id, with the filtered total.
// Parameters: $where (map of property -> required value), $after (id or null), $limit (page size + 1, so the
// caller knows whether a next page exists). Slots: {{label}}; {{filters}} = `n.p = $where.p AND …` for the
// properties present in $where, from the allow-list FILTER_PROPERTIES (written out so indexes apply).
// Returns one row: { total, nodes: [properties] }.
// In Neo4j Browser, e.g. with {{label}} = ClinicalTrial and {{filters}} = n.phase = $where.phase:
//   :param where => {phase: 'PHASE3'}; :param after => null; :param limit => 21
MATCH (n:{{label}})
WHERE {{filters}}
WITH count(n) AS total
RETURN total, COLLECT {
  MATCH (n:{{label}})
  WHERE {{filters}} AND ($after IS NULL OR n.id > $after)
  RETURN properties(n) AS node
  ORDER BY n.id
  LIMIT $limit
} AS nodes

// nodes/page: one page of a label's nodes, keyset-paginated in (sort property, id) order, with the filtered total.
// The server's translator (src/translate/cypher.ts) builds this rule into each root's single statement; the file is
// kept as the rule written out for analysts, and the EXPLAIN test keeps it valid.
// Parameters: $where (map of filter -> value), $after (null, or {value, id} of the last node of the previous
// page), $limit (page size + 1, so the caller knows whether a next page exists).
// Slots: {{label}}; {{filters}} = the predicates of the filters present in $where, from the allow-lists
// FILTER_PROPERTIES / RELATION_FILTERS (written out so indexes apply); {{sortBy}} = id or name.
// Returns one row: { total, nodes: [properties] }.
// In Neo4j Browser, e.g. with {{label}} = ClinicalTrial, {{filters}} = n.phase = $where.phase, {{sortBy}} = name:
//   :param where => {phase: 'PHASE3'}; :param after => null; :param limit => 21
// Browser: template — the server fills its slots (labels, types, bounds) from the allow-list; replace them first.
MATCH (n:{{label}})
WHERE {{filters}}
WITH count(n) AS total
RETURN total, COLLECT {
  MATCH (n:{{label}})
  WHERE {{filters}}
    AND ($after IS NULL OR n.{{sortBy}} > $after.value OR (n.{{sortBy}} = $after.value AND n.id > $after.id))
  RETURN properties(n) AS node
  ORDER BY n.{{sortBy}}, n.id
  LIMIT $limit
} AS nodes

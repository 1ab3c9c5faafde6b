// nodes/page: one page of a label's nodes, keyset-paginated by id, with the filtered total.
// Parameters: $where (map of property -> required value; keys come from an allow-list), $after (id or null),
// $limit (page size + 1, so the caller knows whether a next page exists). Slot: {{label}}.
// Returns one row: { total, nodes: [properties] }.
MATCH (n:{{label}})
WHERE all(k IN keys($where) WHERE n[k] = $where[k])
WITH count(n) AS total
RETURN total, COLLECT {
  MATCH (n:{{label}})
  WHERE all(k IN keys($where) WHERE n[k] = $where[k]) AND ($after IS NULL OR n.id > $after)
  RETURN properties(n) AS node
  ORDER BY n.id
  LIMIT $limit
} AS nodes

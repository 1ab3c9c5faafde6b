// lookup/by-name: the node of one label that one of $keys names exactly, or else that one of $needles names (its
// name, a synonym or a research code: "PF-06463922" finds lorlatinib). An exact name wins over an alias; then the
// smallest id. The exact name is an index seek on nameKey; only when no name matches does the alias search run:
// `keysText` holds every key of a node (its name key too) as "|k1|k2|", and its TEXT index answers CONTAINS, so no
// lookup scans the label.
// The server's translator (src/translate/cypher.ts, byName) builds this rule into each root's single statement; the
// file is kept as the rule written out for analysts, and the EXPLAIN test keeps it valid.
// Parameters: $needles ("|key|" per normalised key, src/graph/normalize.ts), $keys (the keys). Slot: {{label}}.
// Returns: at most one row { node, labels }.
// Browser: template — the server fills its slots (labels, types, bounds) from the allow-list; replace them first.
// In Neo4j Browser: :param needles => ['|lorlatinib|']; :param keys => ['lorlatinib'];
OPTIONAL CALL () {
  MATCH (exact:{{label}})
  WHERE exact.nameKey IN $keys
  RETURN exact
  ORDER BY exact.id
  LIMIT 1
}
CALL (exact) {
  WITH exact
  WHERE exact IS NOT NULL
  RETURN exact AS n
  UNION ALL
  WITH exact
  WHERE exact IS NULL
  UNWIND $needles AS needle
  MATCH (alias:{{label}})
  WHERE alias.keysText CONTAINS needle
  WITH DISTINCT alias
  ORDER BY alias.id
  LIMIT 1
  RETURN alias AS n
}
RETURN properties(n) AS node, labels(n) AS labels

// lookup/by-name: the node of one label that one of $needles names (its name, a synonym or a research code:
// The server's translator (src/translate/cypher.ts) builds this rule into each root's single statement; the file is
// kept as the rule written out for analysts, and the EXPLAIN test keeps it valid.
// "PF-06463922" finds lorlatinib). `keysText` holds every key of a node as "|k1|k2|", and its TEXT index answers
// CONTAINS, so no lookup scans the label. An exact name match wins over an alias match.
// Parameters: $needles ("|key|" per normalised key, src/graph/normalize.ts), $keys (the keys). Slot: {{label}}.
// Returns: at most one row { node, labels }.
// Browser: template — the server fills its slots (labels, types, bounds) from the allow-list; replace them first.
// In Neo4j Browser: :param needles => ['|lorlatinib|']; :param keys => ['lorlatinib'];
UNWIND $needles AS needle
MATCH (n:{{label}})
WHERE n.keysText CONTAINS needle
WITH DISTINCT n
RETURN properties(n) AS node, labels(n) AS labels
ORDER BY CASE WHEN n.nameKey IN $keys THEN 0 ELSE 1 END, n.id
LIMIT 1

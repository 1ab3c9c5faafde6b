// lookup/by-name: nodes of one label whose normalised name or any alias key matches one of $keys.
// `nameKey` is indexed; alias keys cover synonyms and research codes ("PF-06463922" finds lorlatinib).
// Parameters: $keys (normalised keys, src/graph/normalize.ts). Slot: {{label}}. Returns: { node } rows.
MATCH (n:{{label}})
WHERE n.nameKey IN $keys OR any(k IN $keys WHERE k IN n.aliasKeys)
RETURN properties(n) AS node, labels(n) AS labels
ORDER BY CASE WHEN n.nameKey IN $keys THEN 0 ELSE 1 END, n.id
LIMIT 1

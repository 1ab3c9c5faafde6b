// Curation: create or update relationships of one type, keyed like the seed's (one per claim key).
// Parameters: $rows = [{ from, to, key, props }]. Labels and type from the allow-list.
// Returns one row per relationship written { key, before: map or null when created, rel, from, fromLabels, to,
// toLabels }; a row whose end is not in the graph returns nothing (the caller rolls the transaction back).
// Browser: template — the server fills its slots (labels, types, bounds) from the allow-list; replace them first.
// In Neo4j Browser: :param rows => [{from: 'ALK-G1202R', to: 'lorlatinib', key: 'example', props: {evidenceLevel: 'PRECLINICAL'}}];
UNWIND $rows AS row
MATCH (a:{{fromLabel}} {id: row.from})
MATCH (b:{{toLabel}} {id: row.to})
OPTIONAL MATCH (a)-[old:{{type}} {key: row.key}]->(b)
WITH a, b, row, properties(old) AS before
MERGE (a)-[r:{{type}} {key: row.key}]->(b)
ON CREATE SET r.origin = 'api'
SET r += row.props
RETURN row.key AS key, before, properties(r) AS rel, properties(a) AS from, labels(a) AS fromLabels,
       properties(b) AS to, labels(b) AS toLabels

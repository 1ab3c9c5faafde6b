// Seed: upsert relationships of one type between two labels from curated data rows.
// Parameters: $rows = [{ from, to, key, props }]; `key` names the claim, so two claims about the same pair of
// nodes (clinical and preclinical, or two assays) stay two relationships. Idempotent: MERGE on key.
// Browser: template — the server fills its slots (labels, types, bounds) from the allow-list; replace them first.
// In Neo4j Browser: :param rows => [{from: 'ALK-G1202R', to: 'lorlatinib', key: 'example', props: {}}];
UNWIND $rows AS row
MATCH (a:{{fromLabel}} {id: row.from})
MATCH (b:{{toLabel}} {id: row.to})
MERGE (a)-[r:{{type}} {key: row.key}]->(b)
SET r += row.props

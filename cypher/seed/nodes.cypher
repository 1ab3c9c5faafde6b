// Seed: upsert nodes of one label from curated data rows.
// Parameters: $rows = [{ id, props }]. Label filled in from the graph model's allow-list ({{label}}).
// Idempotent: MERGE on the stable id, then the curated properties overwrite the stored ones.
// Browser: template — the server fills its slots (labels, types, bounds) from the allow-list; replace them first.
// In Neo4j Browser: :param rows => [{id: 'example', props: {name: 'Example'}}];
UNWIND $rows AS row
MERGE (n:{{label}} {id: row.id})
SET n:Entity, n += row.props

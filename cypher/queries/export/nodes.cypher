// export/nodes: every entity of the knowledge graph (the Entity label: not the dataset record, not audit events),
// for /export/graph.json and /export/graph.graphml. Streamed row by row.
// Parameters: none. Returns one row per node, by id: { id, labels, properties }.
// Browser: runs as is.
MATCH (n:Entity)
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'] AS labels, properties(n) AS properties
ORDER BY n.id

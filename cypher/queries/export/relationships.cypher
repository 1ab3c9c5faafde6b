// export/relationships: every relationship between two entities (audit links excluded, as their nodes are), for
// /export/graph.json and /export/graph.graphml. Streamed row by row.
// Parameters: none. Returns one row per relationship, by source, type, target and claim key:
// { type, from, to, properties }.
// Browser: runs as is.
MATCH (a:Entity)-[r]->(b:Entity)
RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS properties
ORDER BY a.id, type(r), b.id, r.key

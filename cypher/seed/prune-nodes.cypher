// Seed: remove nodes that came from the data files but are no longer in them (a record merged away, such as a paper
// that was filed twice, once by DOI and once by PMID), with their relationships.
// Parameters: $ids = every node id of the current data. Nodes added through the API (origin 'api') or by the
// synthetic generator (origin 'synthetic') are never touched.
// Browser: runs as is once its parameters are set (:param lines below).
// In Neo4j Browser: :param ids => ['example'];
MATCH (n:Entity)
WHERE n.origin = 'data' AND NOT n.id IN $ids
DETACH DELETE n
RETURN count(n) AS pruned

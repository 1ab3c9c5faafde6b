// Seed: remove relationships that came from the data files but are no longer in them (a claim edited away).
// Parameters: $keys = every relationship key of the current data. Edges added through the API (origin 'api')
// are never touched.
// Browser: runs as is once its parameters are set (:param lines below).
// In Neo4j Browser: :param keys => ['example'];
MATCH ()-[r]->()
WHERE r.origin = 'data' AND NOT r.key IN $keys
DELETE r
RETURN count(r) AS pruned

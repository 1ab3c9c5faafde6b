// Seed: record which dataset version is loaded (read back by the `about` query).
// Parameters: $version, $loadedAt (ISO-8601 string).
// Browser: runs as is once its parameters are set (:param lines below).
// In Neo4j Browser: :param version => '0.0.0'; :param loadedAt => '2026-01-01T00:00:00Z';
MERGE (d:Dataset {id: 'alk-resistance-graph'})
SET d.version = $version, d.loadedAt = $loadedAt

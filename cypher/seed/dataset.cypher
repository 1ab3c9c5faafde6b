// Seed: record which dataset version is loaded (read back by the `about` query).
// Parameters: $version, $loadedAt (ISO-8601 string).
MERGE (d:Dataset {id: 'alk-resistance-graph'})
SET d.version = $version, d.loadedAt = $loadedAt

// synthetic/set-scale: records the scale of the synthetic graph with this id prefix (a Dataset node of its own;
// the `about` query reads only the curated one).
// Parameters: $id (the prefix + "dataset"), $scale, $generatedAt (ISO-8601).
// Browser: runs as is once its parameters are set (:param lines below).
// In Neo4j Browser: :param id => 'syn-dataset'; :param scale => 10; :param generatedAt => '2026-01-01T00:00:00Z';
MERGE (d:Dataset {id: $id})
SET d.scale = $scale, d.generatedAt = $generatedAt, d.origin = 'synthetic'

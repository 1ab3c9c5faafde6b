// synthetic/set-scale: records the scale of the synthetic graph with this id prefix (a Dataset node of its own;
// the `about` query reads only the curated one).
// Parameters: $id (the prefix + "dataset"), $scale, $generatedAt (ISO-8601).
MERGE (d:Dataset {id: $id})
SET d.scale = $scale, d.generatedAt = $generatedAt, d.origin = 'synthetic'

// Curation: which cited source ids are neither a Publication nor a ClinicalTrial of the graph.
// Parameters: $ids. Returns one row { missing: [id] }.
UNWIND $ids AS id
OPTIONAL MATCH (p:Publication {id: id})
OPTIONAL MATCH (t:ClinicalTrial {id: id})
WITH id, p, t
WHERE p IS NULL AND t IS NULL
RETURN collect(id) AS missing

// Curation: which cited source ids are neither a Publication nor a ClinicalTrial of the graph.
// Parameters: $ids. Returns one row { missing: [id] }.
// Browser: runs as is once its parameters are set (:param lines below).
// In Neo4j Browser: :param ids => ['PMID:27432227', 'NCT01970865'];
UNWIND $ids AS id
OPTIONAL MATCH (p:Publication {id: id})
OPTIONAL MATCH (t:ClinicalTrial {id: id})
WITH id, p, t
WHERE p IS NULL AND t IS NULL
RETURN collect(id) AS missing

// synthetic/get-scale: the scale the synthetic graph with this id prefix was generated at (null when none).
// Parameters: $id (the prefix + "dataset"). Returns: { scale }.
// Browser: runs as is once its parameters are set (:param lines below).
// In Neo4j Browser: :param id => 'syn-dataset';
OPTIONAL MATCH (d:Dataset {id: $id})
RETURN d.scale AS scale

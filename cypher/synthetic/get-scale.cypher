// synthetic/get-scale: the scale the synthetic graph with this id prefix was generated at (null when none).
// Parameters: $id (the prefix + "dataset"). Returns: { scale }.
OPTIONAL MATCH (d:Dataset {id: $id})
RETURN d.scale AS scale

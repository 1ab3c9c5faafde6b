// counts/drug-mechanism-categories: how many resistance mechanisms each drug meets, by mechanism category — the
// mechanisms observed at resistance to it, and those mediated by variants with resistance evidence against it.
// Parameters: $ids (drug ids; one round trip for a whole list of drugs).
// Returns: { id, value: [{category, count}] } per drug that has any, categories in alphabetical order.
// In Neo4j Browser: :param ids => ['alectinib', 'lorlatinib']
// Browser: runs as is once its parameters are set (:param lines below).
UNWIND $ids AS id
MATCH (d:Drug {id: id})
CALL (d) {
  MATCH (d)<-[:CONFERS_RESISTANCE_TO]-(m:ResistanceMechanism)
  RETURN m
  UNION
  MATCH (d)<-[:CONFERS_RESISTANCE_TO]-(:Variant)-[:MEDIATES]->(m:ResistanceMechanism)
  RETURN m
}
WITH id, m.category AS category, count(DISTINCT m) AS count
ORDER BY category
RETURN id, collect({category: category, count: count}) AS value

// checks/uncited-claims: claim relationships that break the evidence rule — no level, no source, or a source id
// with no Publication or ClinicalTrial node behind it. An empty result means every claim is cited.
// Parameters: $types (the claim relationship types of src/graph/model.ts).
// Returns: { type, from, to, problem } per offending relationship.
// Browser: runs as is once its parameters are set (:param lines below).
// In Neo4j Browser: :param types => ['SENSITIVE_TO', 'CONFERS_RESISTANCE_TO'];
MATCH (a)-[r]->(b)
WHERE type(r) IN $types
WITH a, r, b,
     [s IN coalesce(r.sources, []) WHERE NOT EXISTS { MATCH (p:Publication {id: s}) } AND NOT EXISTS { MATCH (t:ClinicalTrial {id: s}) }] AS missing
WITH a, r, b, CASE
  WHEN NOT r.evidenceLevel IN ['CLINICAL', 'PRECLINICAL'] THEN 'no evidence level'
  WHEN size(coalesce(r.sources, [])) = 0 THEN 'no source'
  WHEN size(missing) > 0 THEN 'unknown source ' + missing[0]
END AS problem
WHERE problem IS NOT NULL
RETURN type(r) AS type, a.id AS from, b.id AS to, problem
ORDER BY type, from, to

// activity/matrix: the drug × variant activity matrix, one cell per drug, variant and evidence level. A cell folds
// the ACTIVITY claim edges (CONFERS_RESISTANCE_TO, SENSITIVE_TO) of one level between the two nodes: the most
// resistant class wins (RESISTANT > INTERMEDIATE > SENSITIVE), as in the resistance profile.
// Parameters: $level (CLINICAL, PRECLINICAL or null for both), $drugNeedles / $variantNeedles ("|key|" lookup keys
// of the drugs or variants to keep, or null for all).
// Returns one row per cell, ordered by drug name, variant name, level:
// { drug, drugLabels, variant, variantLabels, level, activity, claims: [properties of each claim] }.
// In Neo4j Browser: :param level => null; :param drugNeedles => null; :param variantNeedles => null;
MATCH (v:Variant)-[r:CONFERS_RESISTANCE_TO|SENSITIVE_TO]->(d:Drug)
WHERE ($level IS NULL OR r.evidenceLevel = $level)
  AND ($drugNeedles IS NULL OR any(k IN $drugNeedles WHERE d.keysText CONTAINS k))
  AND ($variantNeedles IS NULL OR any(k IN $variantNeedles WHERE v.keysText CONTAINS k))
WITH d, v, r.evidenceLevel AS level, r
ORDER BY r.key
WITH d, v, level, collect(r) AS rels
WITH d, v, level, [c IN rels | c {.*, activity: coalesce(c.activity, CASE type(c) WHEN 'SENSITIVE_TO' THEN 'SENSITIVE' END)}] AS claims
WITH d, v, level, claims, [c IN claims | c.activity] AS classes
RETURN properties(d) AS drug, labels(d) AS drugLabels, properties(v) AS variant, labels(v) AS variantLabels, level,
  CASE
    WHEN 'RESISTANT' IN classes THEN 'RESISTANT'
    WHEN 'INTERMEDIATE' IN classes THEN 'INTERMEDIATE'
    WHEN 'SENSITIVE' IN classes THEN 'SENSITIVE'
    ELSE 'UNKNOWN'
  END AS activity,
  claims
ORDER BY d.name, v.name, level

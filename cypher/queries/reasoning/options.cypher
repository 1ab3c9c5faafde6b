// reasoning/options: therapies and trials aimed at the given variants and mechanisms, in one round trip.
// Parameters: $targetIds (variant, compound mutation and mechanism ids).
// Returns one row: { overcomes: [{therapy, labels, drugs, targetId, target, level, sources, note, specimen,
//                                 sourceKind, locator, basis}],
//                    trials: [{trial, targetId, drugIds}] }.
// In Neo4j Browser: :param targetIds => ['ALK-G1202R', 'met-amplification'];
RETURN COLLECT {
  MATCH (t:Drug|Regimen)-[r:OVERCOMES]->(x:Variant|ResistanceMechanism) WHERE x.id IN $targetIds
  WITH t, r, x ORDER BY t.id, x.id, r.key
  RETURN {therapy: properties(t), labels: labels(t), targetId: x.id, target: coalesce(x.fullName, x.name),
          level: r.evidenceLevel, sources: r.sources, note: r.note, specimen: r.specimen,
          sourceKind: r.sourceKind, locator: r.locator, basis: r.basis,
          drugs: CASE WHEN t:Drug THEN [properties(t)]
                 ELSE COLLECT { MATCH (t)-[:INCLUDES]->(d:Drug) WITH d ORDER BY d.id RETURN properties(d) } END}
} AS overcomes,
COLLECT {
  MATCH (c:ClinicalTrial)-[:ADDRESSES]->(x:Variant|ResistanceMechanism) WHERE x.id IN $targetIds
  WITH c, x ORDER BY c.id, x.id
  RETURN {trial: properties(c), targetId: x.id,
          drugIds: COLLECT { MATCH (c)-[:TESTS]->(d:Drug) RETURN DISTINCT d.id AS id ORDER BY id }}
} AS trials

// reasoning/options: therapies and trials aimed at the given variants and mechanisms, the reported outcomes of
// every therapy, the testing statements and the mechanisms plasma cannot show, in one round trip.
// Parameters: $targetIds (variant, compound mutation and mechanism ids).
// Returns one row: { overcomes: [{therapy, labels, drugs, targetId, target, level, sources, note, specimen,
//                                 sourceKind, locator, basis}],
//                    trials: [{trial, targetId, drugIds, drugClasses}] (drugClasses: the classes of the drugs tested),
//                    outcomes: [{outcome, therapy, labels, drugs, trial}] (by outcome id),
//                    testing: [testing statement properties] (by id),
//                    plasmaBlind: [{name, category}] (mechanisms with plasmaDetectable 'NO', by name) }.
// In Neo4j Browser: :param targetIds => ['ALK-G1202R', 'met-amplification'];
// Browser: runs as is once its parameters are set (:param lines below).
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
          drugIds: COLLECT { MATCH (c)-[:TESTS]->(d:Drug) RETURN DISTINCT d.id AS id ORDER BY id },
          drugClasses: COLLECT { MATCH (c)-[:TESTS]->(d:Drug) RETURN DISTINCT d.drugClass AS k ORDER BY k }}
} AS trials,
COLLECT {
  MATCH (o:Outcome)-[:OUTCOME_OF]->(t:Drug|Regimen)
  WITH o, t ORDER BY o.id
  RETURN {outcome: properties(o), therapy: properties(t), labels: labels(t),
          drugs: CASE WHEN t:Drug THEN [properties(t)]
                 ELSE COLLECT { MATCH (t)-[:INCLUDES]->(d:Drug) WITH d ORDER BY d.id RETURN properties(d) } END,
          trial: head(COLLECT { MATCH (c:ClinicalTrial)-[:HAS_OUTCOME]->(o) RETURN properties(c) AS trial })}
} AS outcomes,
COLLECT { MATCH (a:TestingAdvice) WITH a ORDER BY a.id RETURN properties(a) } AS testing,
COLLECT {
  MATCH (m:ResistanceMechanism) WHERE m.plasmaDetectable = 'NO'
  WITH m ORDER BY m.name
  RETURN {name: m.name, category: m.category}
} AS plasmaBlind

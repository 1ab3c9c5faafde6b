// reasoning/evidence: every claim the graph holds about drugs against the given variants and mechanisms, and the
// drugs the answer may name (every ALK TKI, and every drug a claim names), in one round trip.
// Claims: activity claims of the variants (SENSITIVE_TO / CONFERS_RESISTANCE_TO), mechanisms observed at
// resistance to a drug, and drugs reported to overcome a variant or a mechanism on their own.
// Parameters: $variantIds (variant and compound mutation ids), $mechanismIds.
// Returns one row: { claims: [{subjectId, subject, drugId, activity, kind, level, sources, note, specimen, ic50nM,
//                              assay, sourceKind, locator, basis, extract}],
//                    drugs: [drug properties] } (drugs by name).
// In Neo4j Browser: :param variantIds => ['ALK-G1202R']; :param mechanismIds => [];
RETURN COLLECT {
  MATCH (v:Variant)-[r:SENSITIVE_TO|CONFERS_RESISTANCE_TO]->(d:Drug) WHERE v.id IN $variantIds
  RETURN {subjectId: v.id, subject: v.fullName, drugId: d.id, activity: r.activity, kind: 'ACTIVITY',
          level: r.evidenceLevel, sources: r.sources, note: r.note, specimen: r.specimen, ic50nM: r.ic50nM,
          assay: r.assay, sourceKind: r.sourceKind, locator: r.locator, basis: r.basis,
          extract: CASE WHEN r.extractDatabase IS NULL THEN null
                   ELSE {database: r.extractDatabase, document: r.extractDocument, activity: r.extractActivity,
                         via: r.extractVia} END} AS claim
  UNION
  MATCH (m:ResistanceMechanism)-[r:CONFERS_RESISTANCE_TO]->(d:Drug) WHERE m.id IN $mechanismIds
  RETURN {subjectId: m.id, subject: m.name, drugId: d.id, activity: 'RESISTANT', kind: 'OBSERVED_AT_RESISTANCE',
          level: r.evidenceLevel, sources: r.sources, note: r.note, specimen: r.specimen, ic50nM: null,
          assay: null, sourceKind: r.sourceKind, locator: r.locator, basis: r.basis, extract: null} AS claim
  UNION
  MATCH (t:Drug)-[r:OVERCOMES]->(x:Variant|ResistanceMechanism) WHERE x.id IN $variantIds + $mechanismIds
  RETURN {subjectId: x.id, subject: coalesce(x.fullName, x.name), drugId: t.id, activity: 'SENSITIVE',
          kind: 'OVERCOMES', level: r.evidenceLevel, sources: r.sources, note: r.note, specimen: r.specimen,
          ic50nM: null, assay: null, sourceKind: r.sourceKind, locator: r.locator, basis: r.basis,
          extract: null} AS claim
} AS claims,
COLLECT {
  MATCH (d:Drug)
  WHERE d.drugClass = 'ALK_TKI'
     OR EXISTS { (d)<-[:SENSITIVE_TO|CONFERS_RESISTANCE_TO]-(v:Variant) WHERE v.id IN $variantIds }
     OR EXISTS { (d)<-[:CONFERS_RESISTANCE_TO]-(m:ResistanceMechanism) WHERE m.id IN $mechanismIds }
     OR EXISTS { (d)-[:OVERCOMES]->(x:Variant|ResistanceMechanism) WHERE x.id IN $variantIds + $mechanismIds }
  WITH d ORDER BY d.name
  RETURN properties(d) AS drug
} AS drugs

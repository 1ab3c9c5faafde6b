// reasoning/resolve-evidence: what a tumour's findings and a patient's prior therapies name, and every claim the
// graph holds about drugs against what they could make a subject of the rules, in ONE round trip.
// A finding is a variant (single or compound, matched on its name keys) or else a resistance mechanism; a therapy
// is a drug or else a combination regimen. Unmatched inputs come back with null so the caller can suggest names.
// Names are found through the `keysText` TEXT indexes (CONTAINS "|key|"), never by scanning a label.
// Claims are read for every id a subject can come from (src/modules/reasoning/subjects.ts): the variants found,
// their components, the compounds they are components of, the mechanisms found and those the variants mediate;
// the caller keeps the claims of the subjects it decides on (a compound counts only when every part was found).
// Claims: activity claims of the variants (SENSITIVE_TO / CONFERS_RESISTANCE_TO), mechanisms observed at
// resistance to a drug, and drugs reported to overcome a variant or a mechanism on their own.
// Parameters: $findings = [{input, keys, needles}] (keys from variantQueryKeys, needles "|key|"),
//             $therapies = [{input, keys, needles}] (keys = [nameKey]),
//             $claimText (false: each claim's note, locator, basis, assay and extract come back null, unread, when
//             the request does not ask for them; the rules never read them),
//             $drugDetail (false: each drug comes back with id, name and drugClass only, what the rules read, when
//             the request asks none of the Drug type's other fields; true: all seven).
// Returns one row: { findings: [{input, variant, mechanism, components, compounds, mechanisms}],
//                    therapies: [{input, therapy, drugIds, alkTkis: [{id, generation}]}] (its ALK TKIs),
//                    claims: [[subjectId, subject, drugId, activity, kind, level, sources, specimen, ic50nM,
//                              sourceKind, note, assay, locator, basis, extract]] (lists, not maps: a profile
//                              reads hundreds of claims, and a map sends its 15 keys with every one;
//                              CLAIM_COLUMNS in reasoning.repository.ts names the positions),
//                    drugs: [the Drug type's properties, or id, name and drugClass] (every ALK TKI and every drug a
//                            claim names, by name; the two found by two reads, not by testing every drug) }.
// In Neo4j Browser: :param findings => [{input: 'G1202R', keys: ['g1202r'], needles: ['|g1202r|']}];
//                   :param therapies => []; :param claimText => true;
//                   :param drugDetail => true;
// Browser: runs as is once its parameters are set (:param lines below).
WITH [f IN $findings | f {
  .input,
  variant: head(COLLECT {
    UNWIND f.needles AS needle
    MATCH (v:Variant) WHERE v.keysText CONTAINS needle
    WITH DISTINCT v ORDER BY CASE WHEN v.nameKey IN f.keys THEN 0 ELSE 1 END, v.id
    RETURN v {.id, .name, .fullName, .kind, .gene}
  }),
  mechanism: head(COLLECT {
    UNWIND f.needles AS needle
    MATCH (m:ResistanceMechanism) WHERE m.keysText CONTAINS needle
    WITH DISTINCT m ORDER BY m.id
    RETURN m {.id, .name, .category, .plasmaDetectable, .detectionNote, .detectionSources, .detectionMethods}
  })
}] AS found,
[t IN $therapies | t {
  .input,
  therapy: head(COLLECT {
    UNWIND t.needles AS needle
    MATCH (d:Drug|Regimen) WHERE d.keysText CONTAINS needle
    WITH DISTINCT d ORDER BY CASE WHEN d:Drug THEN 0 ELSE 1 END, d.id
    RETURN d {.id, .name, drug: d:Drug}
  })
}] AS named
WITH [f IN found | f {
  .*,
  components: COLLECT {
    MATCH (:Variant {id: f.variant.id})-[:HAS_COMPONENT]->(part:Variant)
    WITH part ORDER BY part.id
    RETURN part.id
  },
  compounds: COLLECT {
    MATCH (:Variant {id: f.variant.id})<-[:HAS_COMPONENT]-(c:CompoundMutation)
    WITH c ORDER BY c.id
    RETURN c {.id, .name, parts: COLLECT { MATCH (c)-[:HAS_COMPONENT]->(p:Variant) RETURN p.id }}
  },
  mechanisms: COLLECT {
    MATCH (:Variant {id: f.variant.id})-[:MEDIATES]->(m:ResistanceMechanism)
    WITH m ORDER BY m.id
    RETURN m {.id, .name, .category, .plasmaDetectable, .detectionNote, .detectionSources, .detectionMethods}
  }
}] AS findings,
[t IN named | {
  input: t.input,
  therapy: CASE WHEN t.therapy IS NULL THEN null ELSE {id: t.therapy.id, name: t.therapy.name} END,
  drugIds: CASE
    WHEN t.therapy IS NULL THEN []
    WHEN t.therapy.drug THEN [t.therapy.id]
    ELSE COLLECT { MATCH (:Regimen {id: t.therapy.id})-[:INCLUDES]->(part:Drug) RETURN part.id AS id ORDER BY id }
  END,
  alkTkis: COLLECT {
    MATCH (d:Drug {id: t.therapy.id}) WHERE d.drugClass = 'ALK_TKI'
    RETURN {id: d.id, generation: d.generation} AS tki
    UNION
    MATCH (:Regimen {id: t.therapy.id})-[:INCLUDES]->(d:Drug) WHERE d.drugClass = 'ALK_TKI'
    RETURN {id: d.id, generation: d.generation} AS tki
  }
}] AS therapies
WITH findings, therapies,
     [f IN findings WHERE f.variant IS NOT NULL AND size(f.components) = 0 | f.variant.id] AS singles
WITH findings, therapies,
     reduce(ids = [], f IN findings |
       ids + CASE WHEN f.variant IS NULL THEN [] ELSE [f.variant.id] END + f.components +
       [c IN f.compounds WHERE size(c.parts) >= 2 AND all(p IN c.parts WHERE p IN singles) | c.id]
     ) AS variantIds,
     reduce(ids = [], f IN findings |
       ids + CASE WHEN f.mechanism IS NULL THEN [] ELSE [f.mechanism.id] END + [m IN f.mechanisms | m.id]
     ) AS mechanismIds
WITH findings, therapies, variantIds, mechanismIds, COLLECT {
  MATCH (v:Variant)-[r:SENSITIVE_TO|CONFERS_RESISTANCE_TO]->(d:Drug) WHERE v.id IN variantIds
  RETURN [v.id, v.fullName, d.id, r.activity, 'ACTIVITY', r.evidenceLevel,
          r.sources, r.specimen, r.ic50nM, r.sourceKind,
          CASE WHEN $claimText THEN r.note END, CASE WHEN $claimText THEN r.assay END,
          CASE WHEN $claimText THEN r.locator END, CASE WHEN $claimText THEN r.basis END,
          CASE WHEN NOT $claimText OR r.extractDatabase IS NULL THEN null
               ELSE {database: r.extractDatabase, document: r.extractDocument, activity: r.extractActivity,
                     via: r.extractVia} END] AS claim
  UNION
  MATCH (m:ResistanceMechanism)-[r:CONFERS_RESISTANCE_TO]->(d:Drug) WHERE m.id IN mechanismIds
  RETURN [m.id, m.name, d.id, 'RESISTANT', 'OBSERVED_AT_RESISTANCE', r.evidenceLevel,
          r.sources, r.specimen, null, r.sourceKind,
          CASE WHEN $claimText THEN r.note END, null,
          CASE WHEN $claimText THEN r.locator END, CASE WHEN $claimText THEN r.basis END,
          null] AS claim
  UNION
  MATCH (t:Drug)-[r:OVERCOMES]->(x:Variant|ResistanceMechanism) WHERE x.id IN variantIds + mechanismIds
  RETURN [x.id, coalesce(x.fullName, x.name), t.id, 'SENSITIVE', 'OVERCOMES', r.evidenceLevel,
          r.sources, r.specimen, null, r.sourceKind,
          CASE WHEN $claimText THEN r.note END, null,
          CASE WHEN $claimText THEN r.locator END, CASE WHEN $claimText THEN r.basis END,
          null] AS claim
} AS claims
WITH findings, therapies, claims, [c IN claims | c[2]] AS claimDrugIds
RETURN findings, therapies, claims, COLLECT {
  CALL (claimDrugIds) {
    MATCH (d:Drug) WHERE d.drugClass = 'ALK_TKI'
    RETURN d
    UNION
    MATCH (d:Drug) WHERE d.id IN claimDrugIds
    RETURN d
  }
  WITH d ORDER BY d.name
  RETURN CASE WHEN $drugDetail
    THEN d {.id, .name, .synonyms, .researchCodes, .drugClass, .generation, .approvalStatus}
    ELSE d {.id, .name, .drugClass}
  END AS drug
} AS drugs

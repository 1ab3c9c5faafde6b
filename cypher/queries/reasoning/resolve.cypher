// reasoning/resolve: what a tumour's findings and a patient's prior therapies name, in one round trip.
// A finding is a variant (single or compound, matched on its name keys) or else a resistance mechanism; a therapy
// is a drug or else a combination regimen. Unmatched inputs come back with null so the caller can suggest names.
// Names are found through the `keysText` TEXT indexes (CONTAINS "|key|"), never by scanning a label.
// Parameters: $findings = [{input, keys, needles}] (keys from variantQueryKeys, needles "|key|"),
//             $therapies = [{input, keys, needles}] (keys = [nameKey]).
// Returns one row: { findings: [{input, variant, mechanism, components, compounds, mechanisms}],
//                    therapies: [{input, therapy, drugIds, alkTkis: [{id, generation}]}] } (its ALK TKIs).
// In Neo4j Browser: :param findings => [{input: 'G1202R', keys: ['g1202r'], needles: ['|g1202r|']}];
//                   :param therapies => [];
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
RETURN [f IN found | f {
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

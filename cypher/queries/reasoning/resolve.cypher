// reasoning/resolve: what a tumour's findings and a patient's prior therapies name, in one round trip.
// A finding is a variant (single or compound, matched on its name keys) or else a resistance mechanism; a therapy
// is a drug or else a combination regimen. Unmatched inputs come back with null so the caller can suggest names.
// Parameters: $findings = [{input, keys}] (keys from variantQueryKeys), $therapies = [{input, keys}] (nameKey).
// Returns one row: { findings: [{input, variant, mechanism, components, compounds, mechanisms}],
//                    therapies: [{input, therapy, drugIds}] }.
// In Neo4j Browser: :param findings => [{input: 'G1202R', keys: ['g1202r']}]; :param therapies => [];
RETURN [f IN $findings | f {
  .input,
  variant: head(COLLECT {
    MATCH (v:Variant) WHERE v.nameKey IN f.keys OR any(k IN f.keys WHERE k IN v.aliasKeys)
    WITH v ORDER BY CASE WHEN v.nameKey IN f.keys THEN 0 ELSE 1 END, v.id
    RETURN v {.id, .name, .fullName, .kind, .gene}
  }),
  mechanism: head(COLLECT {
    MATCH (m:ResistanceMechanism) WHERE m.nameKey IN f.keys OR any(k IN f.keys WHERE k IN m.aliasKeys)
    WITH m ORDER BY m.id
    RETURN m {.id, .name, .category, .plasmaDetectable, .detectionNote, .detectionSources}
  }),
  components: COLLECT {
    MATCH (v:Variant)-[:HAS_COMPONENT]->(part:Variant)
    WHERE v.nameKey IN f.keys OR any(k IN f.keys WHERE k IN v.aliasKeys)
    WITH part ORDER BY part.id
    RETURN part.id
  },
  compounds: COLLECT {
    MATCH (v:Variant)<-[:HAS_COMPONENT]-(c:CompoundMutation)
    WHERE v.nameKey IN f.keys OR any(k IN f.keys WHERE k IN v.aliasKeys)
    WITH c ORDER BY c.id
    RETURN c {.id, .name, parts: COLLECT { MATCH (c)-[:HAS_COMPONENT]->(p:Variant) RETURN p.id }}
  },
  mechanisms: COLLECT {
    MATCH (v:Variant)-[:MEDIATES]->(m:ResistanceMechanism)
    WHERE v.nameKey IN f.keys OR any(k IN f.keys WHERE k IN v.aliasKeys)
    WITH m ORDER BY m.id
    RETURN m {.id, .name, .category, .plasmaDetectable, .detectionNote, .detectionSources}
  }
}] AS findings,
[t IN $therapies | t {
  .input,
  therapy: head(COLLECT {
    MATCH (d:Drug|Regimen) WHERE d.nameKey IN t.keys OR any(k IN t.keys WHERE k IN d.aliasKeys)
    WITH d ORDER BY CASE WHEN d:Drug THEN 0 ELSE 1 END, d.id
    RETURN d {.id, .name}
  }),
  drugIds: COLLECT {
    MATCH (d:Drug|Regimen) WHERE d.nameKey IN t.keys OR any(k IN t.keys WHERE k IN d.aliasKeys)
    OPTIONAL MATCH (d)-[:INCLUDES]->(part:Drug)
    RETURN DISTINCT coalesce(part.id, d.id) AS id ORDER BY id
  }
}] AS therapies

// about: node counts per label, relationship counts per type, and the loaded dataset version.
// Parameters: none. Returns one row { nodes: map label -> count, relationships: map type -> count, version, loadedAt }.
// COUNT of a single label or type is answered from Neo4j's count store, so this stays instant on large graphs.
// The labels and types are those of src/graph/model.ts (a unit test keeps them in step).
// Browser: runs as is.
OPTIONAL MATCH (d:Dataset {id: 'alk-resistance-graph'})
RETURN {
  Drug: COUNT { (:Drug) },
  Regimen: COUNT { (:Regimen) },
  Gene: COUNT { (:Gene) },
  Variant: COUNT { (:Variant) },
  CompoundMutation: COUNT { (:CompoundMutation) },
  ResistanceMechanism: COUNT { (:ResistanceMechanism) },
  Pathway: COUNT { (:Pathway) },
  ClinicalTrial: COUNT { (:ClinicalTrial) },
  Publication: COUNT { (:Publication) },
  Outcome: COUNT { (:Outcome) },
  TestingAdvice: COUNT { (:TestingAdvice) },
  Entity: COUNT { (:Entity) },
  AuditEvent: COUNT { (:AuditEvent) }
} AS nodes, {
  TARGETS: COUNT { ()-[:TARGETS]->() },
  VARIANT_OF: COUNT { ()-[:VARIANT_OF]->() },
  HAS_COMPONENT: COUNT { ()-[:HAS_COMPONENT]->() },
  CONFERS_RESISTANCE_TO: COUNT { ()-[:CONFERS_RESISTANCE_TO]->() },
  SENSITIVE_TO: COUNT { ()-[:SENSITIVE_TO]->() },
  MEDIATES: COUNT { ()-[:MEDIATES]->() },
  INVOLVES: COUNT { ()-[:INVOLVES]->() },
  ACTS_THROUGH: COUNT { ()-[:ACTS_THROUGH]->() },
  PARTICIPATES_IN: COUNT { ()-[:PARTICIPATES_IN]->() },
  INCLUDES: COUNT { ()-[:INCLUDES]->() },
  OVERCOMES: COUNT { ()-[:OVERCOMES]->() },
  TESTS: COUNT { ()-[:TESTS]->() },
  ADDRESSES: COUNT { ()-[:ADDRESSES]->() },
  REPORTS: COUNT { ()-[:REPORTS]->() },
  HAS_OUTCOME: COUNT { ()-[:HAS_OUTCOME]->() },
  OUTCOME_OF: COUNT { ()-[:OUTCOME_OF]->() },
  CHANGED: COUNT { ()-[:CHANGED]->() }
} AS relationships, d.version AS version, d.loadedAt AS loadedAt

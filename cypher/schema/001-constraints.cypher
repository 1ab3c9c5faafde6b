// Graph schema, part 1: a uniqueness constraint on the stable `id` of every label (src/graph/model.ts).
// Idempotent (IF NOT EXISTS); applied at every start by src/db/apply-schema.ts. Neo4j 5 syntax.
// Browser: runs as is.

CREATE CONSTRAINT drug_id IF NOT EXISTS FOR (n:Drug) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT regimen_id IF NOT EXISTS FOR (n:Regimen) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT gene_id IF NOT EXISTS FOR (n:Gene) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT variant_id IF NOT EXISTS FOR (n:Variant) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT compound_mutation_id IF NOT EXISTS FOR (n:CompoundMutation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT resistance_mechanism_id IF NOT EXISTS FOR (n:ResistanceMechanism) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT pathway_id IF NOT EXISTS FOR (n:Pathway) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT clinical_trial_id IF NOT EXISTS FOR (n:ClinicalTrial) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT publication_id IF NOT EXISTS FOR (n:Publication) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT outcome_id IF NOT EXISTS FOR (n:Outcome) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT testing_advice_id IF NOT EXISTS FOR (n:TestingAdvice) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT dataset_id IF NOT EXISTS FOR (n:Dataset) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT audit_event_id IF NOT EXISTS FOR (n:AuditEvent) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;

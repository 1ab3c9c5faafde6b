// Graph schema, part 2: indexes behind the API's lookups and filters, and the full-text index of `search`.
// `nameKey` is the normalised name (src/graph/normalize.ts) that name lookups match exactly.
// Idempotent (IF NOT EXISTS); applied at every start by src/db/apply-schema.ts.
// Browser: runs as is.

CREATE INDEX drug_name_key IF NOT EXISTS FOR (n:Drug) ON (n.nameKey);
CREATE INDEX regimen_name_key IF NOT EXISTS FOR (n:Regimen) ON (n.nameKey);
CREATE INDEX gene_name_key IF NOT EXISTS FOR (n:Gene) ON (n.nameKey);
CREATE INDEX variant_name_key IF NOT EXISTS FOR (n:Variant) ON (n.nameKey);
CREATE INDEX compound_mutation_name_key IF NOT EXISTS FOR (n:CompoundMutation) ON (n.nameKey);
CREATE INDEX resistance_mechanism_name_key IF NOT EXISTS FOR (n:ResistanceMechanism) ON (n.nameKey);
CREATE INDEX pathway_name_key IF NOT EXISTS FOR (n:Pathway) ON (n.nameKey);
CREATE INDEX clinical_trial_name_key IF NOT EXISTS FOR (n:ClinicalTrial) ON (n.nameKey);
CREATE INDEX publication_pmid IF NOT EXISTS FOR (n:Publication) ON (n.pmid);
CREATE INDEX clinical_trial_phase IF NOT EXISTS FOR (n:ClinicalTrial) ON (n.phase);
CREATE INDEX clinical_trial_status IF NOT EXISTS FOR (n:ClinicalTrial) ON (n.status);
CREATE INDEX drug_generation IF NOT EXISTS FOR (n:Drug) ON (n.generation);
CREATE INDEX variant_gene IF NOT EXISTS FOR (n:Variant) ON (n.gene);
CREATE INDEX resistance_mechanism_category IF NOT EXISTS FOR (n:ResistanceMechanism) ON (n.category);

// Every lookup key of a node (name, synonyms, codes) as "|k1|k2|"; name lookups search it with CONTAINS "|key|".
CREATE TEXT INDEX drug_keys_text IF NOT EXISTS FOR (n:Drug) ON (n.keysText);
CREATE TEXT INDEX regimen_keys_text IF NOT EXISTS FOR (n:Regimen) ON (n.keysText);
CREATE TEXT INDEX gene_keys_text IF NOT EXISTS FOR (n:Gene) ON (n.keysText);
CREATE TEXT INDEX variant_keys_text IF NOT EXISTS FOR (n:Variant) ON (n.keysText);
CREATE TEXT INDEX resistance_mechanism_keys_text IF NOT EXISTS FOR (n:ResistanceMechanism) ON (n.keysText);
CREATE TEXT INDEX pathway_keys_text IF NOT EXISTS FOR (n:Pathway) ON (n.keysText);
CREATE TEXT INDEX clinical_trial_keys_text IF NOT EXISTS FOR (n:ClinicalTrial) ON (n.keysText);
CREATE TEXT INDEX entity_keys_text IF NOT EXISTS FOR (n:Entity) ON (n.keysText);

// Names, synonyms and research codes of every searchable entity (`searchText` joins the aliases).
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Drug|Regimen|Gene|Variant|ResistanceMechanism|Pathway|ClinicalTrial|Publication)
ON EACH [n.name, n.searchText];

import { registerEnumType } from "type-graphql";

// Values match the curated data's enumerations (data/README.md) one to one, so no mapping layer is needed.

export enum Activity {
  SENSITIVE = "SENSITIVE",
  INTERMEDIATE = "INTERMEDIATE",
  RESISTANT = "RESISTANT",
  UNKNOWN = "UNKNOWN",
}
export enum EvidenceLevel {
  CLINICAL = "CLINICAL",
  PRECLINICAL = "PRECLINICAL",
}
export enum SourceKind {
  PRIMARY = "PRIMARY",
  REVIEW = "REVIEW",
  KNOWLEDGEBASE = "KNOWLEDGEBASE",
}
export enum Specimen {
  TISSUE = "TISSUE",
  PLASMA = "PLASMA",
}
export enum DrugClass {
  ALK_TKI = "ALK_TKI",
  MET_INHIBITOR = "MET_INHIBITOR",
  EGFR_INHIBITOR = "EGFR_INHIBITOR",
  MEK_INHIBITOR = "MEK_INHIBITOR",
  SHP2_INHIBITOR = "SHP2_INHIBITOR",
  SRC_INHIBITOR = "SRC_INHIBITOR",
  IGF1R_INHIBITOR = "IGF1R_INHIBITOR",
  KIT_INHIBITOR = "KIT_INHIBITOR",
  PI3K_MTOR_INHIBITOR = "PI3K_MTOR_INHIBITOR",
  HSP90_INHIBITOR = "HSP90_INHIBITOR",
  YAP1_INHIBITOR = "YAP1_INHIBITOR",
  CHEMOTHERAPY = "CHEMOTHERAPY",
  ANTI_VEGF = "ANTI_VEGF",
  IMMUNOTHERAPY = "IMMUNOTHERAPY",
  OTHER = "OTHER",
}
export enum ApprovalStatus {
  APPROVED = "APPROVED",
  APPROVED_REGIONAL = "APPROVED_REGIONAL",
  INVESTIGATIONAL = "INVESTIGATIONAL",
  DISCONTINUED = "DISCONTINUED",
}
export enum VariantKind {
  POINT_MUTATION = "POINT_MUTATION",
  INSERTION = "INSERTION",
  DELETION = "DELETION",
  AMPLIFICATION = "AMPLIFICATION",
  FUSION = "FUSION",
  LOSS = "LOSS",
  ACTIVATION = "ACTIVATION",
  OVEREXPRESSION = "OVEREXPRESSION",
  COMPOUND = "COMPOUND",
}
export enum MechanismCategory {
  ON_TARGET_ALK_MUTATION = "ON_TARGET_ALK_MUTATION",
  ALK_AMPLIFICATION = "ALK_AMPLIFICATION",
  BYPASS_SIGNALING = "BYPASS_SIGNALING",
  DOWNSTREAM_REACTIVATION = "DOWNSTREAM_REACTIVATION",
  HISTOLOGIC_TRANSFORMATION = "HISTOLOGIC_TRANSFORMATION",
  PHENOTYPIC_CHANGE = "PHENOTYPIC_CHANGE",
  DRUG_EFFLUX = "DRUG_EFFLUX",
  OTHER = "OTHER",
}
export enum DetectionMethod {
  TISSUE_NGS = "TISSUE_NGS",
  PLASMA_NGS = "PLASMA_NGS",
  FISH = "FISH",
  IHC = "IHC",
  HISTOLOGY = "HISTOLOGY",
  PCR = "PCR",
}
export enum PlasmaDetectability {
  YES = "YES",
  LIMITED = "LIMITED",
  NO = "NO",
}
export enum TrialPhase {
  PHASE1 = "PHASE1",
  PHASE1_2 = "PHASE1_2",
  PHASE2 = "PHASE2",
  PHASE3 = "PHASE3",
}
export enum TrialStatus {
  NOT_YET_RECRUITING = "NOT_YET_RECRUITING",
  RECRUITING = "RECRUITING",
  ACTIVE_NOT_RECRUITING = "ACTIVE_NOT_RECRUITING",
  COMPLETED = "COMPLETED",
  TERMINATED = "TERMINATED",
  WITHDRAWN = "WITHDRAWN",
  SUSPENDED = "SUSPENDED",
  UNKNOWN = "UNKNOWN",
}

registerEnumType(Activity, {
  name: "Activity",
  description: "How well a drug works against an alteration; UNKNOWN when the graph holds no evidence.",
});
registerEnumType(EvidenceLevel, {
  name: "EvidenceLevel",
  description: "Patients (CLINICAL) or cells and animals (PRECLINICAL).",
});
registerEnumType(SourceKind, {
  name: "SourceKind",
  description:
    "What a claim rests on: the study that measured it (PRIMARY), a review's summary such as a table (REVIEW), or a " +
    "curated database record (KNOWLEDGEBASE). A REVIEW or KNOWLEDGEBASE claim never outranks a PRIMARY one.",
});
registerEnumType(Specimen, { name: "Specimen", description: "What the evidence was read from." });
registerEnumType(DrugClass, { name: "DrugClass" });
registerEnumType(ApprovalStatus, {
  name: "ApprovalStatus",
  description: "APPROVED: FDA or EMA; APPROVED_REGIONAL: elsewhere only.",
});
registerEnumType(VariantKind, { name: "VariantKind" });
registerEnumType(MechanismCategory, { name: "MechanismCategory" });
registerEnumType(DetectionMethod, { name: "DetectionMethod" });
registerEnumType(PlasmaDetectability, {
  name: "PlasmaDetectability",
  description: "Whether plasma ctDNA can show it.",
});
registerEnumType(TrialPhase, { name: "TrialPhase" });
registerEnumType(TrialStatus, { name: "TrialStatus" });

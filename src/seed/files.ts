/** The curated data files, in load order, each with the JSON Schema (data/schema/<schema>.schema.json) it obeys. */
export const DATA_FILES = {
  dataset: "dataset.yaml",
  publications: "publications.yaml",
  pathways: "pathways.yaml",
  genes: "genes.yaml",
  drugs: "drugs.yaml",
  regimens: "regimens.yaml",
  variants: "variants.yaml",
  "compound-mutations": "compound-mutations.yaml",
  mechanisms: "mechanisms.yaml",
  trials: "trials.yaml",
  activity: "claims/activity.yaml",
  "mechanism-resistance": "claims/mechanism-resistance.yaml",
  overcomes: "claims/overcomes.yaml",
  outcomes: "outcomes.yaml",
  testing: "testing.yaml",
} as const;

export type DataKind = keyof typeof DATA_FILES;

export type Level = "CLINICAL" | "PRECLINICAL";

export interface Evidence {
  level: Level;
  sources: string[];
  specimen?: "TISSUE" | "PLASMA";
  note?: string;
}

/** What kind of source a claim rests on: the study that measured it, a review's summary, a knowledge base. */
export type SourceKind = "PRIMARY" | "REVIEW" | "KNOWLEDGEBASE";

/** Where in its source a claim stands, and what the source shows there (data/README.md). */
export interface Citation {
  sourceKind?: SourceKind;
  /** abstract, Table 2, Figure 6A, a ChEMBL activity id… */
  locator?: string;
  /** One line, in the curator's words, of what the source shows there. */
  basis?: string;
}

/** A number read through a database extract rather than the paper itself (e.g. ChEMBL document and activity). */
export interface Extract {
  database: string;
  document?: string;
  activity?: string;
  via?: string;
}

export interface Publication {
  id: string;
  pmid?: string;
  doi?: string;
  title: string;
  firstAuthor: string;
  journal: string;
  year: number;
  /** false: known only by its identifier; `title` says the title was not read and `firstAuthor` is "not read". */
  titleRead?: boolean;
}
export interface Pathway {
  id: string;
  name: string;
  description?: string;
}
export interface Gene {
  id: string;
  name: string;
  synonyms?: string[];
  pathways?: string[];
}
export interface Drug {
  id: string;
  name: string;
  synonyms?: string[];
  researchCodes?: string[];
  drugClass: string;
  generation?: number;
  approvalStatus: string;
  targets?: ({ gene: string } & Evidence)[];
}
export interface Regimen {
  id: string;
  name: string;
  drugs: string[];
  /** A strategy its source names only by class: the drug classes given besides the named `drugs`. */
  drugClasses?: string[];
}
export interface Variant {
  id: string;
  gene: string;
  name: string;
  kind: string;
  region?: string;
  synonyms?: string[];
}
export interface CompoundMutation {
  id: string;
  gene: string;
  components: string[];
  synonyms?: string[];
}
export interface Mechanism {
  id: string;
  name: string;
  category: string;
  description?: string;
  synonyms?: string[];
  genes?: string[];
  pathways?: string[];
  variants?: string[];
  detection: { methods: string[]; plasmaDetectable: string; note?: string; sources?: string[] };
}
export interface Trial {
  id: string;
  acronym?: string;
  title: string;
  phase: string;
  status: string;
  setting: string;
  arms: { label: string; drugs: string[] }[];
  addresses?: { mechanisms?: string[]; variants?: string[]; locator?: string; basis?: string };
  publications?: string[];
}
export interface Frequency {
  frequencyPercent?: number;
  frequencyContext?: string;
}
export interface ActivityClaim extends Evidence, Frequency, Citation {
  variant: string;
  drug: string;
  activity: "SENSITIVE" | "INTERMEDIATE" | "RESISTANT";
  ic50nM?: number;
  assay?: string;
  extract?: Extract;
}
export interface MechanismResistanceClaim extends Evidence, Frequency, Citation {
  mechanism: string;
  drug: string;
}
export interface OvercomesClaim extends Evidence, Citation {
  therapy: string;
  target: string;
}

/** Who an outcome is reported for (every field optional: unset = not restricted). */
export interface Population {
  line?: "FIRST_LINE" | "SECOND_LINE_PLUS";
  /** Drug ids the patients had received; [] = ALK-TKI-naive. */
  priorTherapies?: string[];
  /** "After a second-generation TKI": the generation of a prior ALK TKI. */
  priorGeneration?: number;
  alkMutation?: "DETECTED" | "NOT_DETECTED" | "ANY";
  /** How the ALK mutation status was determined. */
  specimen?: "TISSUE" | "PLASMA";
  /** Mechanism ids the subgroup's tumours had (e.g. sclc-transformation): fits only patients with one of them. */
  mechanisms?: string[];
  description?: string;
}
/** A reported result of a therapy for one trial arm (or cohort) and subgroup, as read in its source. */
export interface Outcome {
  id: string;
  trial?: string;
  arm?: string;
  therapy: string;
  population?: Population;
  patients?: number;
  orrPercent?: number;
  medianPfsMonths?: number;
  pfsNotReached?: boolean;
  intracranialOrrPercent?: number;
  sourceKind: SourceKind;
  sources: string[];
  locator: string;
  basis: string;
}
export type TestingMethod = "PLASMA_CTDNA" | "TISSUE_NGS" | "TISSUE_HISTOLOGY";
/** A cited statement of how (and when) to test the tumour at progression. */
export interface TestingStatement {
  id: string;
  step: TestingMethod;
  when: string;
  statement: string;
  sourceKind: SourceKind;
  sources: string[];
  locator: string;
  basis: string;
}

/** Everything read from data/, validated, with each record's line for later messages. */
export interface Dataset {
  version: string;
  publications: Publication[];
  pathways: Pathway[];
  genes: Gene[];
  drugs: Drug[];
  regimens: Regimen[];
  variants: Variant[];
  compoundMutations: CompoundMutation[];
  mechanisms: Mechanism[];
  trials: Trial[];
  activity: ActivityClaim[];
  mechanismResistance: MechanismResistanceClaim[];
  overcomes: OvercomesClaim[];
  outcomes: Outcome[];
  testing: TestingStatement[];
}

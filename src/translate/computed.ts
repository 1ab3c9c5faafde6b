import type { Detection } from "../modules/mechanism/mechanism.type.js";

type Props = Record<string, unknown>;

/** A field of a node type computed from the node's own stored properties: no database work of its own. */
export interface ComputedField {
  /** The stored properties it reads (projected by the translator). */
  properties: readonly string[];
  compute(node: Props): unknown;
}

export const trialUrl = (trial: Props): string => `https://clinicaltrials.gov/study/${String(trial.id)}`;

export const publicationUrl = (publication: Props): string =>
  publication.pmid
    ? `https://pubmed.ncbi.nlm.nih.gov/${String(publication.pmid)}/`
    : `https://doi.org/${String(publication.doi)}`;

export const detectionOf = (mechanism: Props): Detection => ({
  methods: mechanism.detectionMethods as Detection["methods"],
  plasmaDetectable: mechanism.plasmaDetectable as Detection["plasmaDetectable"],
  note: (mechanism.detectionNote as string | null | undefined) ?? null,
  sources: (mechanism.detectionSources as string[] | null | undefined) ?? [],
});

export const pfsNotReached = (outcome: Props): boolean => outcome.pfsNotReached === true;

/** A regimen written before drug classes existed (or by a curation write) has none stored: a list of named drugs. */
export const drugClassesOf = (regimen: Props): string[] => (regimen.drugClasses as string[] | null | undefined) ?? [];

/** A paper's title counts as read unless its record says otherwise (data/README.md, `titleRead: false`). */
export const titleRead = (publication: Props): boolean => publication.titleRead !== false;

/** The relationship properties evidenceOf reads (src/modules/shared/evidence.type.ts). */
export const EVIDENCE_PROPERTIES = [
  "evidenceLevel",
  "sources",
  "specimen",
  "note",
  "sourceKind",
  "locator",
  "basis",
  "ic50nM",
  "assay",
  "extractDatabase",
  "extractDocument",
  "extractActivity",
  "extractVia",
] as const;

export const COMPUTED: Record<string, ComputedField> = {
  "ClinicalTrial.url": { properties: ["id"], compute: trialUrl },
  "Publication.url": { properties: ["pmid", "doi"], compute: publicationUrl },
  "Publication.titleRead": { properties: ["titleRead"], compute: titleRead },
  "Regimen.drugClasses": { properties: ["drugClasses"], compute: drugClassesOf },
  "ResistanceMechanism.detection": {
    properties: ["detectionMethods", "plasmaDetectable", "detectionNote", "detectionSources"],
    compute: detectionOf,
  },
  "Outcome.pfsNotReached": { properties: ["pfsNotReached"], compute: pfsNotReached },
};

/** Fields whose value is the node's own evidence (an Outcome or TestingAdvice carries its sources itself). */
export const NODE_EVIDENCE = new Set(["Outcome.evidence", "TestingAdvice.evidence"]);

/** Fields compiled to a Cypher subquery of their own (cypher.ts), each with its shaping in result.ts. */
export const SUBQUERY_FIELDS = new Set([
  "Drug.mechanismCategoryCounts",
  "ClinicalTrial.arms",
  "Outcome.therapy",
  "Outcome.trial",
]);

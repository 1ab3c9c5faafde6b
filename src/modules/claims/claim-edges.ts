import type { EdgeSpec, LoadedEdge } from "../shared/loaders.js";
import type { Activity } from "../shared/enums.js";
import type { ActivityClaim, MechanismResistanceClaim, OvercomesClaim, TargetClaim } from "./claims.type.js";
import { evidenceOf } from "../shared/evidence.type.js";
import type { GraphNode } from "../shared/graph-node.js";

/** The relationship fields of the API, named once so resolvers on both ends share them. */
export const EDGES = {
  drugTargets: { from: "Drug", to: "Gene", types: ["TARGETS"], direction: "out" },
  geneDrugs: { from: "Gene", to: "Drug", types: ["TARGETS"], direction: "in" },
  variantActivity: { from: "Variant", to: "Drug", types: ["CONFERS_RESISTANCE_TO", "SENSITIVE_TO"], direction: "out" },
  drugActivity: { from: "Drug", to: "Variant", types: ["CONFERS_RESISTANCE_TO", "SENSITIVE_TO"], direction: "in" },
  mechanismDrugs: { from: "ResistanceMechanism", to: "Drug", types: ["CONFERS_RESISTANCE_TO"], direction: "out" },
  drugMechanisms: { from: "Drug", to: "ResistanceMechanism", types: ["CONFERS_RESISTANCE_TO"], direction: "in" },
  drugOvercomes: { from: "Drug", to: "ResistanceMechanism", types: ["OVERCOMES"], direction: "out" },
  drugOvercomesVariants: { from: "Drug", to: "Variant", types: ["OVERCOMES"], direction: "out" },
  regimenOvercomes: { from: "Regimen", to: "ResistanceMechanism", types: ["OVERCOMES"], direction: "out" },
  regimenOvercomesVariants: { from: "Regimen", to: "Variant", types: ["OVERCOMES"], direction: "out" },
  mechanismOvercomeByDrugs: { from: "ResistanceMechanism", to: "Drug", types: ["OVERCOMES"], direction: "in" },
  mechanismOvercomeByRegimens: { from: "ResistanceMechanism", to: "Regimen", types: ["OVERCOMES"], direction: "in" },
  variantOvercomeByDrugs: { from: "Variant", to: "Drug", types: ["OVERCOMES"], direction: "in" },
  variantOvercomeByRegimens: { from: "Variant", to: "Regimen", types: ["OVERCOMES"], direction: "in" },
  variantGene: { from: "Variant", to: "Gene", types: ["VARIANT_OF"], direction: "out" },
  geneVariants: { from: "Gene", to: "Variant", types: ["VARIANT_OF"], direction: "in" },
  compoundComponents: { from: "Variant", to: "Variant", types: ["HAS_COMPONENT"], direction: "out" },
  variantCompounds: { from: "Variant", to: "Variant", types: ["HAS_COMPONENT"], direction: "in" },
  variantMechanisms: { from: "Variant", to: "ResistanceMechanism", types: ["MEDIATES"], direction: "out" },
  mechanismVariants: { from: "ResistanceMechanism", to: "Variant", types: ["MEDIATES"], direction: "in" },
  mechanismGenes: { from: "ResistanceMechanism", to: "Gene", types: ["INVOLVES"], direction: "out" },
  geneMechanisms: { from: "Gene", to: "ResistanceMechanism", types: ["INVOLVES"], direction: "in" },
  mechanismPathways: { from: "ResistanceMechanism", to: "Pathway", types: ["ACTS_THROUGH"], direction: "out" },
  pathwayMechanisms: { from: "Pathway", to: "ResistanceMechanism", types: ["ACTS_THROUGH"], direction: "in" },
  genePathways: { from: "Gene", to: "Pathway", types: ["PARTICIPATES_IN"], direction: "out" },
  pathwayGenes: { from: "Pathway", to: "Gene", types: ["PARTICIPATES_IN"], direction: "in" },
  regimenDrugs: { from: "Regimen", to: "Drug", types: ["INCLUDES"], direction: "out" },
  drugRegimens: { from: "Drug", to: "Regimen", types: ["INCLUDES"], direction: "in" },
  trialDrugs: { from: "ClinicalTrial", to: "Drug", types: ["TESTS"], direction: "out" },
  drugTrials: { from: "Drug", to: "ClinicalTrial", types: ["TESTS"], direction: "in" },
  trialMechanisms: { from: "ClinicalTrial", to: "ResistanceMechanism", types: ["ADDRESSES"], direction: "out" },
  mechanismTrials: { from: "ResistanceMechanism", to: "ClinicalTrial", types: ["ADDRESSES"], direction: "in" },
  trialVariants: { from: "ClinicalTrial", to: "Variant", types: ["ADDRESSES"], direction: "out" },
  variantTrials: { from: "Variant", to: "ClinicalTrial", types: ["ADDRESSES"], direction: "in" },
  trialPublications: { from: "ClinicalTrial", to: "Publication", types: ["REPORTS"], direction: "in" },
  publicationTrials: { from: "Publication", to: "ClinicalTrial", types: ["REPORTS"], direction: "out" },
  trialOutcomes: { from: "ClinicalTrial", to: "Outcome", types: ["HAS_OUTCOME"], direction: "out" },
} as const satisfies Record<string, EdgeSpec>;

type Props = Record<string, unknown>;
const num = (value: unknown): number | null => (typeof value === "number" ? value : null);
const str = (value: unknown): string | null => (typeof value === "string" ? value : null);

/** The values a claim reads from its relationship besides its evidence (numbers and strings, or null). */
export function claimValues(rel: Props) {
  return {
    activity: rel.activity as Activity,
    ic50nM: num(rel.ic50nM),
    assay: str(rel.assay),
    frequencyPercent: num(rel.frequencyPercent),
    frequencyContext: str(rel.frequencyContext),
  };
}

/** An ActivityClaim from an edge loaded on either side: `drug` and `variant` are set from whichever end is which. */
export function activityClaim(drug: GraphNode, variant: GraphNode, rel: Props): ActivityClaim {
  return { drug, variant, ...claimValues(rel), evidence: evidenceOf(rel) };
}

export function mechanismResistanceClaim(mechanism: GraphNode, drug: GraphNode, rel: Props): MechanismResistanceClaim {
  const { frequencyPercent, frequencyContext } = claimValues(rel);
  return { mechanism, drug, frequencyPercent, frequencyContext, evidence: evidenceOf(rel) };
}

export function targetClaim(drug: GraphNode, gene: GraphNode, rel: Props): TargetClaim {
  return { drug, gene, evidence: evidenceOf(rel) };
}

export function overcomesClaim(therapy: GraphNode, target: GraphNode, rel: Props): OvercomesClaim {
  return { therapy, target, evidence: evidenceOf(rel) };
}

/** Edges of two specs (e.g. overcome by drugs and by regimens), merged in one list. */
export async function both(a: Promise<LoadedEdge[]>, b: Promise<LoadedEdge[]>): Promise<LoadedEdge[]> {
  const [first, second] = await Promise.all([a, b]);
  return [...first, ...second];
}
